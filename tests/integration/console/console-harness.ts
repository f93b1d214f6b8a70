// The console's integration tests drive the real core (createKioskCore) through its handlers,
// as both hosts do; these helpers create and log in staff members.
import { createConsoleSetupCodes } from '../../../main/staff/console-setup-code';
import type { Harness } from '../core/core-harness';

export const STAFF_PASSWORD = 'Clair de lune sur la cour 7';
export const STAFF_USERNAME = 'secretariat';
export const STAFF_NAME = 'Martine Durand';

/** A setup code printed as the roster and config CLIs print one (the last printed counts). */
export function printSetupCode(h: Harness): string {
  const code = createConsoleSetupCodes(h.db).issue('cli', h.clock.now());
  if (!code) throw new Error('The console is already set up: no setup code');
  return code;
}

/** The first staff account, created (and logged in) on `sessionId`. Returns its id. */
export async function createFirstStaff(h: Harness, sessionId = 'console-1'): Promise<string> {
  const staff = await h.okCall(
    'console.createFirstStaff',
    {
      username: STAFF_USERNAME,
      displayName: STAFF_NAME,
      password: STAFF_PASSWORD,
      confirmation: STAFF_PASSWORD,
      setupCode: printSetupCode(h),
    },
    sessionId,
  );
  return staff.staffId;
}

export interface AuditRow {
  actor: string;
  action: string;
  guardian_id: number | null;
  details: string | null;
}

export const auditRows = (h: Harness): AuditRow[] =>
  h.db
    .prepare('SELECT actor, action, guardian_id, details FROM audit_log ORDER BY at, rowid')
    .all() as AuditRow[];

/** The setup code in a kiosk's start-up log (its notices), as the school's IT person reads it. */
export function setupCodeFromStartupLog(lines: readonly string[]): string {
  const code = lines.join('\n').match(/Console setup code[^:]*: ([A-Z0-9-]+)/u)?.[1];
  if (!code) throw new Error(`No console setup code in the start-up log:\n${lines.join('\n')}`);
  return code;
}
