import type { Result } from '../../shared/result';
import type { SyncStatusView } from '../../shared/sync/sync-status-view';

/**
 * The kiosk's side of the sync as the rest of the kiosk sees it (docs/developers/sync.md): the
 * console's Réglages read and drive it, the hosts start and stop it. Implemented by
 * createSyncService (main/sync/); plain types so the console's handlers and tests need no network.
 */
export interface SyncService {
  /** What the console shows: enrolled or not, last success, waiting events, conflicts. */
  status(): SyncStatusView;
  /** Push then pull now (the console's "Synchroniser maintenant"); resolves when that try ends. */
  syncNow(): Promise<SyncStatusView>;
  /**
   * Exchanges a one-time enrolment code for this kiosk's credential (kept in the keychain) and
   * starts syncing. Refused without change when the address is not https (or loopback http),
   * the hub cannot be reached, or the code is wrong, used or expired.
   */
  enrol(input: {
    hubUrl: string;
    code: string;
    kioskLabel: string;
  }): Promise<Result<SyncStatusView>>;
  /** Marks a conflict as looked at by a secretary (it stays in the audit log). */
  acknowledgeConflict(conflictId: string, staffActor: string): Result<SyncStatusView>;
  /** Starts the background loop (no-op while not enrolled); stop() ends it and waits. */
  start(): void;
  stop(): Promise<void>;
}
