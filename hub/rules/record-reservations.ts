import type { PushContext } from '../sync/push-context';
import { guardianEntityKey } from '../sync/change-entity-key';
import type { Reservation } from './reserve-identifiers';

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
  // The payload is built by PostgreSQL from two text arrays: the same object as recordChange's
  // JSON.stringify of an identifier.reserved change (JSONB keeps no key order), without sending
  // thousands of JSON documents through an array literal.
  await context.db.query(
    `INSERT INTO changes (version, school_uai, origin_kiosk_id, type, entity_key, payload)
     SELECT nextval('change_versions'), $1, NULL, 'identifier.reserved', entity_key,
            jsonb_build_object(
              'type', 'identifier.reserved',
              'guardian', jsonb_build_object('schoolUai', $1::text, 'sourceId', source_id),
              'identifier', identifier)
       FROM (SELECT source_id, identifier, entity_key, position
               FROM unnest($2::text[], $3::text[], $4::text[])
                    WITH ORDINALITY AS r(source_id, identifier, entity_key, position)
              ORDER BY position) AS ordered`,
    [
      context.schoolUai,
      reservations.map((r) => r.sourceId),
      reservations.map((r) => r.identifier),
      reservations.map((r) =>
        guardianEntityKey({ schoolUai: context.schoolUai, sourceId: r.sourceId }),
      ),
    ],
  );
}
