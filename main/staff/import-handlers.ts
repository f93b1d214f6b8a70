// The console's Import section (issue 3): staged export files → preview → "Importer" (one
// transaction, audited under the staff member) or "Annuler". Every channel is behind
// requireStaff (S-SEC-1). The import session (import-session.ts) records who previewed, where
// the preview stands and until when it may be applied; a reset or logout of that kiosk session
// discards it.
import type { Channel } from '../../shared/ipc-contract';
import type { ImportPreviewView } from '../../shared/import-view';
import { fail, ok, type Result } from '../../shared/result';
import type { KioskSettings } from '../config/kiosk-config';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import type { IpcHandlers } from '../ipc/ipc-handlers';
import type { Journal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import type { RosterImportInput } from '../roster/roster-import';
import { createImportSessions, type ImportSessions } from './import-session';
import type { ImportUploads } from './import-uploads';
import { countsView, problemViews } from './import-views';
import { staffActor, type RequireStaff, type StaffIdentity } from './require-staff';

type ImportChannel = Extract<Channel, `console.import${string}`>;

export interface ImportHandlerDeps {
  db: KioskDatabase;
  clock: Clock;
  journal: Journal;
  settings: Pick<KioskSettings, 'rosterPurgeGraceDays' | 'smsProvider'>;
  requireStaff: RequireStaff;
  uploads: ImportUploads;
  /** The record of the section's import; one of its own by default. */
  sessions?: ImportSessions;
}

export interface ImportSection {
  handlers: Pick<IpcHandlers, ImportChannel>;
  /** Logout and idle reset: the session's staged files and pending preview are dropped. */
  endSession(sessionId: string): void;
}

export function createImportSection(deps: ImportHandlerDeps): ImportSection {
  const { db, clock, journal, settings, requireStaff, uploads } = deps;
  const sessions = deps.sessions ?? createImportSessions({ db, clock });

  const endSession = (sessionId: string) => {
    uploads.clear(sessionId);
    sessions.discard(sessionId);
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
        const preview = await sessions.preview({ sessionId, staffId: staff.staffId }, input);
        const blocking = preview.problems.filter((p) => p.severity === 'fatal').length;
        audit(staff, 'console.import-previewed', {
          files: paths.length,
          importable: preview.importable,
          blockingProblems: blocking,
          warnings: preview.problems.length - blocking,
        });
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
        try {
          const applied = sessions.apply({ sessionId, staffId: staff.staffId }, request.token, {
            clock,
            actor: staffActor(staff),
            purgeGraceDays: settings.rosterPurgeGraceDays,
          });
          if (!applied.ok) return applied;
          const summary = applied.value;
          // A changed roster is audited by the engine (roster.imported); an unchanged one here.
          if (!summary.changed) audit(staff, 'console.import-unchanged', { changed: false });
          return ok({
            counts: countsView(summary),
            accountsDisabled: summary.accountsDisabled,
            demoGatewayWithRealRoster: settings.smsProvider === 'demo' && summary.source !== 'demo',
          });
        } finally {
          // Applied or refused, the staged files are deleted (S-DATA-2).
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
