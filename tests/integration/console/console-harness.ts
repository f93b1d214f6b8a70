// The console's integration tests drive the real core (createKioskCore) through its handlers,
// as both hosts do; these helpers create and log in staff members.
import type { Harness } from '../core/core-harness';

export const STAFF_PASSWORD = 'Clair de lune sur la cour 7';
export const STAFF_USERNAME = 'secretariat';
export const STAFF_NAME = 'Martine Durand';

/** The first staff account, created (and logged in) on `sessionId`. Returns its id. */
export async function createFirstStaff(h: Harness, sessionId = 'console-1'): Promise<string> {
  const staff = await h.okCall(
    'console.createFirstStaff',
    {
      username: STAFF_USERNAME,
      displayName: STAFF_NAME,
      password: STAFF_PASSWORD,
      confirmation: STAFF_PASSWORD,
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
