// Stores one change for the school's kiosks to pull. The caller holds the school's lock (the
// version must be taken under it). A roster snapshot supersedes the school's previous ones: a
// kiosk bootstrapping later needs only the latest.
import type { PoolClient } from 'pg';
import type { SyncedChange } from '../../shared/sync/sync-protocol';
import { changeEntityKey, ROSTER_ENTITY_KEY } from './change-entity-key';

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
