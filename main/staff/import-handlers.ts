// The console's Import section (issue 3): staged export files → preview → "Importer" (one
// transaction, audited under the staff member) or "Annuler". Every channel is behind
// requireStaff (S-SEC-1). The engine keeps one pending preview per database connection; this
// module remembers which kiosk session made it, so a reset of that session discards it.
import type { Channel } from '../../shared/ipc-contract';
import {
  IMPORT_LISTED_PROBLEMS,
  type ImportCountsView,
  type ImportPreviewView,
  type ImportProblemView,
} from '../../shared/import-view';
import { fail, ok, type Result } from '../../shared/result';
import type { KioskSettings } from '../config/kiosk-config';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import type { IpcHandlers } from '../ipc/ipc-handlers';
import type { Journal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import {
  applyRosterImport,
  discardRosterImport,
  previewRosterImport,
  StaleRosterPreviewError,
  type RosterImportInput,
  type RosterImportOutcome,
} from '../roster/roster-import';
import type { RosterProblem } from '../roster/roster-problem';
import type { ImportUploads } from './import-uploads';
import { staffActor, type RequireStaff, type StaffIdentity } from './require-staff';

type ImportChannel = Extract<Channel, `console.import${string}`>;

export interface ImportHandlerDeps {
  db: KioskDatabase;
  clock: Clock;
  journal: Journal;
  settings: Pick<KioskSettings, 'rosterPurgeGraceDays' | 'smsProvider'>;
  requireStaff: RequireStaff;
  uploads: ImportUploads;
}

export interface ImportSection {
  handlers: Pick<IpcHandlers, ImportChannel>;
  /** Logout and idle reset: the session's staged files and pending preview are dropped. */
  endSession(sessionId: string): void;
}

export function createImportSection(deps: ImportHandlerDeps): ImportSection {
  const { db, clock, journal, settings, requireStaff, uploads } = deps;
  let previewOwner: string | null = null;

  const endSession = (sessionId: string) => {
    uploads.clear(sessionId);
    if (previewOwner === sessionId) {
      previewOwner = null;
      discardRosterImport(db);
    }
  };

  const audit = (staff: StaffIdentity, action: string, details: Record<string, unknown>) =>
    inTransaction(db, () => journal.audit(clock.now(), staffActor(staff), action, null, details));

  const asStaff =
    <R, T>(work: (staff: StaffIdentity, sessionId: string, request: R) => Promise<Result<T>>) =>
    async (call: { sessionId: string }, request: R): Promise<Result<T>> => {
      const staff = requireStaff(call);
      return staff.ok ? work(staff.value, call.sessionId, request) : staff;
    };

  return {
    endSession,
    handlers: {
      'console.importUpload': asStaff(async (_staff, sessionId, request) => {
        const staged = uploads.stage(sessionId, request.name, request.contentBase64);
        if (!staged.ok) return staged;
        const { fileId, name, size } = staged.value;
        return ok({ fileId, name, size });
      }),
      'console.importPreview': asStaff(async (staff, sessionId, request) => {
        const paths = uploads.pathsOf(sessionId, request.fileIds);
        if (paths === null) {
          return fail('IMPORT_FILES_GONE', 'The staged files are gone: pick them again');
        }
        // ONDE exports carry no school id: the engine reads it from ondeSchool.
        const input: RosterImportInput = {
          kind: 'files',
          paths,
          ...(request.ondeSchool ? { ondeSchool: request.ondeSchool } : {}),
        };
        previewOwner = sessionId;
        const preview = await previewRosterImport(db, input);
        const blocking = preview.problems.filter((p) => p.severity === 'fatal').length;
        audit(staff, 'console.import-previewed', {
          files: paths.length,
          importable: preview.importable,
          blockingProblems: blocking,
          warnings: preview.problems.length - blocking,
        });
        if (!preview.importable) previewOwner = null;
        const view: ImportPreviewView = {
          token: preview.token,
          importable: preview.importable,
          counts: preview.outcome ? countsView(preview.outcome) : null,
          problems: problemViews(preview.problems),
          problemCount: preview.problems.length,
        };
        return ok(view);
      }),
      'console.importApply': asStaff(async (staff, sessionId, request) => {
        if (previewOwner !== sessionId) {
          return fail('IMPORT_PREVIEW_STALE', 'No current preview on this session');
        }
        try {
          const summary = applyRosterImport(db, request.token, {
            clock,
            actor: staffActor(staff),
            purgeGraceDays: settings.rosterPurgeGraceDays,
          });
          // A changed roster is audited by the engine (roster.imported); an unchanged one here.
          if (!summary.changed) audit(staff, 'console.import-unchanged', { changed: false });
          return ok({
            counts: countsView(summary),
            accountsDisabled: summary.accountsDisabled,
            demoGatewayWithRealRoster: settings.smsProvider === 'demo' && summary.source !== 'demo',
          });
        } catch (error) {
          if (error instanceof StaleRosterPreviewError) {
            return fail('IMPORT_PREVIEW_STALE', error.message);
          }
          throw error;
        } finally {
          endSession(sessionId);
        }
      }),
      'console.importCancel': async (call) => {
        // Files and preview are dropped even when the staff login has already ended.
        endSession(call.sessionId);
        const staff = requireStaff(call);
        if (!staff.ok) return staff;
        audit(staff.value, 'console.import-cancelled', {});
        return ok({ cancelled: true as const });
      },
    },
  };
}

function countsView(outcome: RosterImportOutcome): ImportCountsView {
  return {
    source: outcome.source,
    schoolUai: outcome.schoolUai,
    schoolYear: outcome.schoolYear,
    students: outcome.students,
    enrolled: outcome.enrolled,
    guardians: outcome.guardians,
    links: outcome.links,
    legalLinks: outcome.legalLinks,
    studentsAdded: outcome.studentsAdded,
    studentsUpdated: outcome.studentsUpdated,
    studentsGone: outcome.studentsGone,
    guardiansAdded: outcome.guardiansAdded,
    guardiansUpdated: outcome.guardiansUpdated,
    guardiansGone: outcome.guardiansGone,
    linksAdded: outcome.linksAdded,
    linksRemoved: outcome.linksRemoved,
    demoRosterRemoved: outcome.demoRosterRemoved,
    changed: outcome.changed,
  };
}

/** Blocking problems first, then in file order, so the list reads like the files. */
function problemViews(problems: readonly RosterProblem[]): ImportProblemView[] {
  return [...problems]
    .sort(
      (a, b) =>
        Number(b.severity === 'fatal') - Number(a.severity === 'fatal') ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0),
    )
    .slice(0, IMPORT_LISTED_PROBLEMS)
    .map((p) => ({
      blocking: p.severity === 'fatal',
      file: p.file,
      line: p.line,
      element: p.element,
      recordId: p.recordId,
      subject: p.subject ?? null,
      reason: p.reason,
    }));
}
