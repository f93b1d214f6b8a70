// The kiosk's one row about its hub (migration 13): who it is there, how far push and pull went,
// and how the last tries went. The credential is not here but in the keychain (S-SYNC-1).
import type { SyncErrorKind } from '../../shared/sync/sync-status-view';
import type { KioskDatabase } from '../database/open-database';

export interface HubLink {
  hubUrl: string;
  kioskId: string;
  kioskNumber: number;
  kioskLabel: string;
  schoolUai: string;
  schoolName: string | null;
  enrolledAt: string;
  pushedThroughSeq: number;
  pullCursor: number;
  lastSuccessAt: string | null;
  failingSince: string | null;
  lastError: SyncErrorKind | null;
}

export type NewHubLink = Pick<
  HubLink,
  'hubUrl' | 'kioskId' | 'kioskNumber' | 'kioskLabel' | 'schoolUai' | 'schoolName' | 'enrolledAt'
>;

export function createHubLinkStore(db: KioskDatabase) {
  const read = db.prepare(
    `SELECT hub_url AS hubUrl, kiosk_id AS kioskId, kiosk_number AS kioskNumber,
            kiosk_label AS kioskLabel, school_uai AS schoolUai, school_name AS schoolName,
            enrolled_at AS enrolledAt, pushed_through_seq AS pushedThroughSeq,
            pull_cursor AS pullCursor, last_success_at AS lastSuccessAt,
            failing_since AS failingSince, last_error AS lastError
       FROM hub_link WHERE id = 1`,
  );
  const insert = db.prepare(
    `INSERT INTO hub_link (id, hub_url, kiosk_id, kiosk_number, kiosk_label, school_uai,
                           school_name, enrolled_at)
     VALUES (1, @hubUrl, @kioskId, @kioskNumber, @kioskLabel, @schoolUai, @schoolName, @enrolledAt)`,
  );
  // Guarded by the kiosk id: a try that started before the kiosk left (or enrolled again)
  // must not write its positions into the new link.
  const pushed = db.prepare(
    `UPDATE hub_link SET pushed_through_seq = max(pushed_through_seq, ?)
      WHERE id = 1 AND kiosk_id = ?`,
  );
  const pulled = db.prepare('UPDATE hub_link SET pull_cursor = ? WHERE id = 1 AND kiosk_id = ?');
  const succeeded = db.prepare(
    `UPDATE hub_link SET last_success_at = ?, failing_since = NULL, last_error = NULL
      WHERE id = 1 AND kiosk_id = ?`,
  );
  const failed = db.prepare(
    `UPDATE hub_link SET failing_since = coalesce(failing_since, ?), last_error = ?
      WHERE id = 1 AND kiosk_id = ?`,
  );
  const remove = db.prepare('DELETE FROM hub_link WHERE id = 1');

  return {
    read: (): HubLink | undefined => read.get() as HubLink | undefined,
    insert: (link: NewHubLink): void => void insert.run(link),
    markPushedThrough: (kioskId: string, seq: number): void => void pushed.run(seq, kioskId),
    movePullCursor: (kioskId: string, cursor: number): void => void pulled.run(cursor, kioskId),
    recordSuccess: (kioskId: string, at: Date): void =>
      void succeeded.run(at.toISOString(), kioskId),
    recordFailure: (kioskId: string, at: Date, kind: SyncErrorKind): void =>
      void failed.run(at.toISOString(), kind, kioskId),
    /** Forgets the hub; true when there was one. */
    remove: (): boolean => remove.run().changes > 0,
  };
}

export type HubLinkStore = ReturnType<typeof createHubLinkStore>;
