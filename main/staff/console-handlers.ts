import type { DeskHandlers } from '../desk/desk-handlers';
import type { DeskSmsSettingsHandlers } from '../desk/desk-sms-settings';
import type { Channel } from '../../shared/ipc-contract';
import { fail, ok, type Result } from '../../shared/result';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import type { IpcHandlers } from '../ipc/ipc-handlers';
import type { Journal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import { createActivationDashboard } from './activation-dashboard';
import { auditCsvFileName, auditLogCsv } from './audit-log-csv';
import { createAuditLogQuery, isBackwardsRange } from './audit-log-query';
import { createGuardianSearch } from './guardian-search';
import { createGuardianUnlock } from './guardian-unlock';
import { staffActor, type RequireStaff, type StaffIdentity } from './require-staff';
import type { StaffAccountChannel } from './staff-account-handlers';
import type { StaffAuth } from './staff-auth';
import { createWrongLinkReports } from './wrong-link-reports';

export type ConsoleChannel = Extract<Channel, `console.${string}`>;
/**
 * The console's own channels; the front desk's (main/desk/desk-handlers.ts, desk-sms-settings),
 * the Import section's (main/staff/import-handlers.ts), the staff accounts'
 * (main/staff/staff-account-handlers.ts) and the hub's (main/staff/sync-handlers.ts) are built
 * apart.
 */
export type ConsoleHandlers = Omit<
  Pick<IpcHandlers, ConsoleChannel>,
  | keyof DeskHandlers
  | keyof DeskSmsSettingsHandlers
  | `console.import${string}`
  | `console.sync${string}`
  | StaffAccountChannel
>;

export interface ConsoleHandlerDeps {
  db: KioskDatabase;
  clock: Clock;
  journal: Journal;
  staffAuth: StaffAuth;
  requireStaff: RequireStaff;
}

/** The console's channels: the login ones, then sections, each behind requireStaff (S-SEC-1). */
export function createConsoleHandlers(deps: ConsoleHandlerDeps): ConsoleHandlers {
  const { db, clock, journal, staffAuth, requireStaff } = deps;
  const search = createGuardianSearch(db);
  const unlockGuardian = createGuardianUnlock(db, journal, clock);
  const reports = createWrongLinkReports(db, journal, clock);
  const auditLog = createAuditLogQuery(db);
  const readDashboard = createActivationDashboard(db);

  /** An audit entry for a console action that changes nothing (a search, a page read). */
  const audit = (
    staff: StaffIdentity,
    action: string,
    guardianId: number | null,
    details?: Record<string, unknown>,
  ) =>
    inTransaction(db, () =>
      journal.audit(clock.now(), staffActor(staff), action, guardianId, details),
    );

  /** Runs `work` for the logged-in staff member, or answers STAFF_NOT_LOGGED_IN. */
  const asStaff =
    <R, T>(work: (staff: StaffIdentity, request: R) => Promise<Result<T>> | Result<T>) =>
    async (call: { sessionId: string }, request: R): Promise<Result<T>> => {
      const staff = requireStaff(call);
      return staff.ok ? work(staff.value, request) : staff;
    };

  return {
    'console.status': async (call) =>
      ok({ setUp: staffAuth.isSetUp(), staff: staffAuth.loggedIn(call) }),
    'console.createFirstStaff': (call, request) => staffAuth.createFirst(call, request),
    'console.login': (call, request) => staffAuth.login(call, request),
    'console.logout': async (call) => {
      staffAuth.logout(call, 'logout');
      return ok({ loggedOut: true as const });
    },
    'console.searchGuardians': asStaff((staff, request: { query: string }) => {
      const found = search.search(request.query);
      // The typed text is not kept: it may be a phone number.
      audit(staff, 'console.guardian-search', null, { results: found.length });
      return ok(found);
    }),
    'console.guardianDetail': asStaff((staff, request: { guardianId: number }) => {
      const detail = search.detail(request.guardianId);
      if (!detail) return fail('GUARDIAN_NOT_FOUND', 'No such guardian');
      audit(staff, 'console.guardian-viewed', request.guardianId);
      return ok(detail);
    }),
    'console.unlockGuardian': asStaff((staff, request: { guardianId: number }) => {
      const unlocked = unlockGuardian(staff, request.guardianId);
      if (!unlocked.ok) return unlocked;
      const detail = search.detail(request.guardianId);
      return detail ? ok(detail) : fail('GUARDIAN_NOT_FOUND', 'No such guardian');
    }),
    'console.wrongLinkReports': asStaff((_staff, request: { includeHandled: boolean }) =>
      ok(reports.list(request.includeHandled)),
    ),
    'console.handleWrongLinkReport': asStaff(
      (staff, request: { reportId: string; comment: string }) =>
        reports.handle(staff, request.reportId, request.comment),
    ),
    'console.auditLog': asStaff((_staff, filter) =>
      isBackwardsRange(filter)
        ? fail('AUDIT_FILTER_INVALID', 'The date range ends before it starts')
        : ok(auditLog.page(filter)),
    ),
    'console.auditExport': asStaff((staff, filter) => {
      if (isBackwardsRange(filter)) {
        return fail('AUDIT_FILTER_INVALID', 'The date range ends before it starts');
      }
      const entries = auditLog.exportEntries(filter);
      const now = clock.now();
      audit(staff, 'console.audit-exported', filter.guardianId ?? null, {
        rows: entries.length,
        filter,
      });
      return ok({
        fileName: auditCsvFileName(now),
        csv: auditLogCsv(entries),
        rows: entries.length,
      });
    }),
    'console.dashboard': asStaff(() => ok(readDashboard())),
  };
}
