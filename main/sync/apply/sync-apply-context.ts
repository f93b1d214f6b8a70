import type { SyncedChange, SyncedChangeType } from '../../../shared/sync/sync-protocol';
import type { KioskDatabase } from '../../database/open-database';
import type { KioskSessions } from '../../sessions/kiosk-sessions';

/** Ends the logins of an account (the kiosk's in-memory sessions, main/sessions). */
export type AccountSessionEnder = Pick<KioskSessions, 'logOutAccount'>;

/** What every pulled change is applied with: one page, one transaction, one clock reading. */
export interface SyncApplyContext {
  readonly db: KioskDatabase;
  readonly schoolUai: string;
  readonly at: Date;
  /** An audit row with actor 'sync' (never a journal event: it would echo back to the hub). */
  audit(action: string, guardianId: number | null, details: Record<string, unknown>): void;
  /** The guardian row of a roster reference, when this kiosk holds it. */
  guardianIdOf(ref: { schoolUai: string; sourceId: string }): number | undefined;
  /** Ends an account's logins on this kiosk, when the caller gave the sessions. */
  endSessionsOf(accountId: string): number;
}

/** 'applied': something was written (and audited); 'unchanged': already so, or not held here. */
export type ApplyOutcome = 'applied' | 'unchanged';

export type ChangeApplier<T extends SyncedChangeType> = (
  change: Extract<SyncedChange, { type: T }>,
) => ApplyOutcome;

/** One applier per change type: a type added to the protocol is a type error until handled. */
export type ChangeAppliers = { [T in SyncedChangeType]: ChangeApplier<T> };
