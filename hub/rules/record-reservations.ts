import type { PushContext } from '../sync/push-context';
import type { SyncedChange } from '../../shared/sync/sync-protocol';
import { guardianEntityKey } from '../sync/change-entity-key';
import type { Reservation } from './reserve-identifiers';

type Reserved = Extract<SyncedChange, { type: 'identifier.reserved' }>;

/**
 * One `identifier.reserved` change per reservation, in one statement: a 2,000-pupil school's
 * roster brings thousands, and one round trip each (recordChange) would take seconds. Same row as
 * recordChange writes (a decision of the hub: no origin kiosk), versions taken in the given order
 * while the push holds the school's advisory lock, so pull's ordering guarantee is kept.
 */
export async function recordReservations(
  context: PushContext,
  reservations: readonly Reservation[],
): Promise<void> {
  if (reservations.length === 0) return;
  const changes: Reserved[] = reservations.map((r) => ({
    type: 'identifier.reserved',
    guardian: { schoolUai: context.schoolUai, sourceId: r.sourceId },
    identifier: r.identifier,
  }));
  await context.db.query(
    `INSERT INTO changes (version, school_uai, origin_kiosk_id, type, entity_key, payload)
     SELECT nextval('change_versions'), $1, NULL, 'identifier.reserved', entity_key, payload
       FROM (SELECT entity_key, payload, position
               FROM unnest($2::text[], $3::jsonb[]) WITH ORDINALITY AS c(entity_key, payload, position)
              ORDER BY position) AS ordered`,
    [
      context.schoolUai,
      changes.map((c) => guardianEntityKey(c.guardian)),
      changes.map((c) => JSON.stringify(c)),
    ],
  );
}
