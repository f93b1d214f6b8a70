// Stores changes for the school's kiosks to pull. The caller holds the school's lock (versions
// must be taken under it: hub/sync/school-lock.ts). A roster snapshot supersedes the school's
// previous ones: a kiosk bootstrapping later needs only the latest.
import type { PoolClient } from 'pg';
import type { SyncedChange } from '../../shared/sync/sync-protocol';
import { changeEntityKey, ROSTER_ENTITY_KEY } from './change-entity-key';
import type { ChangeToRecord } from './push-context';

export async function recordChange(
  db: PoolClient,
  schoolUai: string,
  change: SyncedChange,
  originKioskId: string | null,
): Promise<number> {
  const entityKey = changeEntityKey(change);
  if (change.type === 'roster.imported') {
    await db.query(
      `UPDATE changes SET superseded = true
        WHERE school_uai = $1 AND entity_key = $2 AND type = 'roster.imported' AND NOT superseded`,
      [schoolUai, ROSTER_ENTITY_KEY],
    );
  }
  // Named: prepared once per connection, then only bound and run (a push stores hundreds).
  const { rows } = await db.query<{ version: string }>({
    name: 'hub-record-change',
    text: `INSERT INTO changes (version, school_uai, origin_kiosk_id, type, entity_key, payload)
           VALUES (nextval('change_versions'), $1, $2, $3, $4, $5)
           RETURNING version`,
    values: [schoolUai, originKioskId, change.type, entityKey, JSON.stringify(change)],
  });
  return Number(rows[0]?.version);
}

/**
 * Stores many changes in two statements (a batch's 500 activations one round trip each took most
 * of a push's time): the versions first, then every row. Versions from one session's nextval calls
 * only grow, so sorted they are handed out in the given order: hub order is that order.
 */
export async function recordChanges(
  db: PoolClient,
  schoolUai: string,
  changes: readonly ChangeToRecord[],
): Promise<number[]> {
  if (changes.length === 0) return [];
  if (changes.some(({ change }) => change.type === 'roster.imported')) {
    // A snapshot supersedes the ones before it: recordChange does that, one at a time.
    throw new Error('A roster snapshot is recorded with recordChange');
  }
  const taken = await db.query<{ version: string }>({
    name: 'hub-take-versions',
    text: `SELECT nextval('change_versions') AS version FROM generate_series(1, $1::int)`,
    values: [changes.length],
  });
  const versions = taken.rows.map((row) => Number(row.version)).sort((a, b) => a - b);
  await db.query({
    name: 'hub-record-changes',
    text: `INSERT INTO changes (version, school_uai, origin_kiosk_id, type, entity_key, payload)
           SELECT version, $1, origin, type, entity_key, payload::jsonb
             FROM unnest($2::bigint[], $3::uuid[], $4::text[], $5::text[], $6::text[])
                  AS recorded(version, origin, type, entity_key, payload)`,
    values: [
      schoolUai,
      versions,
      changes.map((c) => c.originKioskId),
      changes.map((c) => c.change.type),
      changes.map((c) => changeEntityKey(c.change)),
      changes.map((c) => JSON.stringify(c.change)),
    ],
  });
  return versions;
}
