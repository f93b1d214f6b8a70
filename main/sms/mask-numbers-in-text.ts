// A provider's own error text may quote the recipient ("+33612345678 is not reachable"). It goes
// to the console and the SMS log, which must never hold a full number: every run of 6 or more
// digits (spaces, dots, dashes and a leading + allowed between them) keeps only its last two.
const NUMBER_RUN = /\+?\d(?:[\s.-]?\d){5,}/g;

export function maskNumbersInText(text: string): string {
  return text.replace(NUMBER_RUN, (run) => `••${run.replace(/\D/g, '').slice(-2)}`);
}
