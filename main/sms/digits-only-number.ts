/** "+33612345678" → "33612345678": the international form smsmode and Brevo ask for. */
export function digitsOnlyNumber(e164: string): string {
  return e164.replace(/^\+/, '');
}
