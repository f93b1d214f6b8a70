// What a pushed event's handler may use (hub/sync/pushed-event-handlers.ts): the push's one
// transaction, the school and kiosk taken from the credential (S-SYNC-2), the event, and the
// way to store a change the school's kiosks will pull.
import type { PoolClient } from 'pg';
import type { PushedEvent, SyncedChange } from '../../shared/sync/sync-protocol';

export interface PushContext {
  /** Inside the push's one transaction, the school's advisory lock held. */
  readonly db: PoolClient;
  readonly schoolUai: string;
  readonly kioskId: string;
  readonly kioskNumber: number;
  readonly event: PushedEvent;
  /** Stores a change the school's kiosks will pull (origin null = a decision of the hub); returns its version. */
  recordChange(change: SyncedChange, originKioskId: string | null): Promise<number>;
}

export type PushedEventHandler = (context: PushContext) => Promise<void>;
