// The demo roster is fictional, so its accounts may use a published pepper; a real roster needs
// the school's own (S-PWD-3). Public by design: it is in this repository.
export const DEMO_PASSWORD_PEPPER = Buffer.from(
  'kiosk-demo-pepper-for-fictional-accounts-only',
  'utf8',
);

/** Which pepper hashed a password: the published demo one, or the school's own. */
export type PepperKind = 'demo' | 'school';

/** A pepper equal to the published one protects nothing, however it was given. */
export const pepperKindOf = (pepper: Buffer): PepperKind =>
  pepper.equals(DEMO_PASSWORD_PEPPER) ? 'demo' : 'school';
