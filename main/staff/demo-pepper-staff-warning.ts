// S-PWD-3: a staff password hashed with the published demo pepper is protected by scrypt alone
// until its next login moves it to the school's pepper (staff-password-hashing.ts). The person
// starting the kiosk is told how many remain, so the secretariat can log in once each.
import { pepperKindOf } from '../accounts/demo-password-pepper';
import type { KioskDatabase } from '../database/open-database';

export function demoPepperStaffWarning(db: KioskDatabase, pepper: Buffer): string | null {
  if (pepperKindOf(pepper) === 'demo') return null;
  const { n } = db
    .prepare("SELECT count(*) AS n FROM staff_accounts WHERE pepper = 'demo'")
    .get() as { n: number };
  if (n === 0) return null;
  return (
    `WARNING: ${n} staff account${n === 1 ? '' : 's'} still ${n === 1 ? 'has' : 'have'} a ` +
    'password hashed with the published demo pepper; each moves to the school’s pepper at its ' +
    'next console login (docs/operators/secrets.md): have every secretary log in once.'
  );
}
