// Which roster a gateway may send to. The demo phone shows every SMS on screen, so it must never
// carry a real family's code; a real gateway must never text the demo roster's fictional families,
// whose numbers may belong to real people. Both mistakes are one setting away on a new kiosk.
export type SmsSendRefusal = 'demo-phone-with-real-roster' | 'real-gateway-with-demo-roster';

export function smsSendRefusal(provider: string, demoMode: boolean): SmsSendRefusal | null {
  if (provider === 'demo') return demoMode ? null : 'demo-phone-with-real-roster';
  return demoMode ? 'real-gateway-with-demo-roster' : null;
}

/** English, for the console log and the audit's reader: why no SMS left. */
export const SMS_SEND_REFUSAL_REASONS: Record<SmsSendRefusal, string> = {
  'demo-phone-with-real-roster':
    'a real roster is loaded but KIOSK_SMS_PROVIDER is "demo" (the demo phone would show codes on screen)',
  'real-gateway-with-demo-roster':
    "a real SMS gateway is configured but the demo roster is still loaded (its fictional numbers may be real people's): import the school's roster",
};
