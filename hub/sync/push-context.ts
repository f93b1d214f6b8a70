// What a pushed change's handler may use (hub/sync/pushed-event-handlers.ts): the push's one
// transaction, the school and kiosk taken from the credential (S-SYNC-2), and the ways to store
// changes the school's kiosks will pull. A handler is given a run of consecutive events of its
// type, so that a rule can apply a whole batch's events in a few set-based statements.
import type { PoolClient } from 'pg';
import type { PushedEvent, SyncedChange } from '../../shared/sync/sync-protocol';

/** A change to store, and the kiosk it came from (null: a decision of the hub). */
export interface ChangeToRecord {
  readonly change: SyncedChange;
  readonly originKioskId: string | null;
}

export interface PushRunContext {
  /** Inside the push's one transaction, the school's advisory lock held. */
  readonly db: PoolClient;
  readonly schoolUai: string;
  readonly kioskId: string;
  readonly kioskNumber: number;
  /** Stores a change the school's kiosks will pull (origin null = a decision of the hub); returns its version. */
  recordChange(change: SyncedChange, originKioskId: string | null): Promise<number>;
  /** Stores several, in this order, in one statement; returns their versions in the same order. */
  recordChanges(changes: readonly ChangeToRecord[]): Promise<number[]>;
}

/** The context of one event, for the rules applied an event at a time. */
export interface PushContext extends PushRunContext {
  readonly event: PushedEvent;
}

export type PushedEventHandler = (context: PushContext) => Promise<void>;

/** Applies consecutive events of one change type, in seq order. */
export type PushedRunHandler = (
  context: PushRunContext,
  events: readonly PushedEvent[],
) => Promise<void>;

/** A rule written for one event, applied to each event of a run in turn. */
export const eachEvent =
  (handler: PushedEventHandler): PushedRunHandler =>
  async (context, events) => {
    for (const event of events) await handler({ ...context, event });
  };
