// The record of the console's roster import (issue 12 item 5): who previewed which files, where
// that preview stands (previewed → applied, discarded or expired) and until when it may be
// applied. The engine stages one roster per database connection, so there is one current import
// session: a new preview (by anyone) replaces it. Created by the composition with the staff
// area; it holds no state outside the object.
import { fail, ok, type Result } from '../../shared/result';
import type { KioskDatabase } from '../database/open-database';
import type { Clock } from '../platform/clock';
import { applyRosterImport } from '../roster/apply-roster-import';
import { discardRosterImport } from '../roster/pending-roster-preview';
import { previewRosterImport } from '../roster/preview-roster-import';
import type {
  ApplyRosterImportOptions,
  ImportSummary,
  RosterImportInput,
  RosterPreview,
} from '../roster/roster-import';
import { StaleRosterPreviewError } from '../roster/roster-import-error';

/**
 * How long a preview may be applied after it was made. What it shows (counts, problems) was
 * true of the database then: past this, the secretary checks the files again.
 */
export const IMPORT_PREVIEW_LIFETIME_SECONDS = 10 * 60;

export type ImportSessionState = 'previewed' | 'applied' | 'discarded' | 'expired';

/** The staff login that made a preview: its kiosk session and its account. */
export interface ImportSessionOwner {
  sessionId: string;
  staffId: string;
}

export interface ImportSessionRecord {
  token: string;
  owner: ImportSessionOwner;
  state: ImportSessionState;
  expiresAt: Date;
}

export interface ImportSessions {
  /** Previews `input` for `owner`; an importable preview becomes the current session, replacing any other. */
  preview(owner: ImportSessionOwner, input: RosterImportInput): Promise<RosterPreview>;
  /**
   * Applies the current session's preview when `owner` made it, `token` is its token and it has
   * not expired; IMPORT_PREVIEW_STALE otherwise, with nothing written.
   */
  apply(
    owner: ImportSessionOwner,
    token: string,
    options: ApplyRosterImportOptions,
  ): Result<ImportSummary>;
  /** Discards the preview `sessionId` made, if it is the current one (cancel, logout, reset). */
  discard(sessionId: string): void;
  /** The current session, for what the console and the tests can observe. */
  current(): Readonly<ImportSessionRecord> | null;
}

export function createImportSessions(deps: {
  db: KioskDatabase;
  clock: Clock;
  lifetimeSeconds?: number;
}): ImportSessions {
  const { db, clock } = deps;
  const lifetimeMs = (deps.lifetimeSeconds ?? IMPORT_PREVIEW_LIFETIME_SECONDS) * 1000;
  let current: ImportSessionRecord | null = null;

  const end = (state: Exclude<ImportSessionState, 'previewed'>) => {
    if (current?.state === 'previewed') {
      current.state = state;
      discardRosterImport(db);
    }
  };
  const stale = (message: string) => fail('IMPORT_PREVIEW_STALE', message);

  return {
    async preview(owner, input) {
      // The engine's one staging is about to be replaced, whoever's it was.
      end('discarded');
      const preview = await previewRosterImport(db, input);
      current = preview.importable
        ? {
            token: preview.token,
            owner: { ...owner },
            state: 'previewed',
            expiresAt: new Date(clock.now().getTime() + lifetimeMs),
          }
        : null;
      return preview;
    },
    apply(owner, token, options) {
      const session = current;
      if (session === null || session.token !== token || session.state !== 'previewed') {
        return stale('This preview is no longer the current one');
      }
      if (session.owner.sessionId !== owner.sessionId || session.owner.staffId !== owner.staffId) {
        return stale('This preview was made by another staff login');
      }
      if (clock.now().getTime() >= session.expiresAt.getTime()) {
        end('expired');
        return stale('This preview has expired: check the files again');
      }
      try {
        const summary = applyRosterImport(db, token, options);
        session.state = 'applied';
        return ok(summary);
      } catch (error) {
        if (error instanceof StaleRosterPreviewError) {
          end('discarded');
          return stale(error.message);
        }
        // The engine freed its staging: this preview can no longer be applied.
        end('discarded');
        throw error;
      }
    },
    discard(sessionId) {
      if (current?.owner.sessionId === sessionId) end('discarded');
    },
    current: () => current,
  };
}
