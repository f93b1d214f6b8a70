// Answers a kiosk's pull (docs/developers/sync.md, "What goes up, what comes down"): its
// school's changes after the cursor, by version, without the kiosk's own (it has them) and
// without roster snapshots superseded since. The cursor moves past those skipped rows too, so
// a kiosk whose own changes fill the log never stalls. One REPEATABLE READ snapshot: the page
// and the cursor agree.
import type { Pool } from 'pg';
import {
  MAX_PULL_CHANGES,
  type PullResponse,
  type PulledChange,
  type SyncedChange,
} from '../../shared/sync/sync-protocol';
import { inHubTransaction } from '../database/in-hub-transaction';
import type { PushingKiosk } from './push-batch';

interface ChangeRow {
  version: string;
  origin_kiosk_id: string | null;
  recorded_at: Date;
  payload: SyncedChange;
}

export async function pullChanges(
  pool: Pool,
  kiosk: PushingKiosk,
  cursor: number,
  limit: number = MAX_PULL_CHANGES,
): Promise<PullResponse> {
  const page = await inHubTransaction(
    pool,
    async (db) => {
      const { rows } = await db.query<ChangeRow>(
        `SELECT version, origin_kiosk_id, recorded_at, payload FROM changes
          WHERE school_uai = $1 AND version > $2 AND NOT superseded
            AND origin_kiosk_id IS DISTINCT FROM $3
          ORDER BY version LIMIT $4`,
        [kiosk.schoolUai, cursor, kiosk.id, limit + 1],
      );
      const more = rows.length > limit;
      const changes: PulledChange[] = rows.slice(0, limit).map((row) => ({
        version: Number(row.version),
        originKioskId: row.origin_kiosk_id,
        recordedAt: row.recorded_at.toISOString(),
        change: row.payload,
      }));
      if (more) return { changes, cursor: changes[changes.length - 1]?.version ?? cursor, more };
      // Nothing more for this kiosk in this snapshot: resume after the school's latest change,
      // its own and superseded ones included. Versions of a school become visible in increasing
      // order (the school's lock), so nothing can appear below it later.
      const latest = await db.query<{ latest: string | null }>(
        'SELECT max(version) AS latest FROM changes WHERE school_uai = $1',
        [kiosk.schoolUai],
      );
      return { changes, cursor: Math.max(cursor, Number(latest.rows[0]?.latest ?? 0)), more };
    },
    'REPEATABLE READ',
  );
  // Bookkeeping for the administrator's lag, outside the snapshot so that it never conflicts
  // with a push of the same kiosk. One statement, whose commit does not wait for the disk flush
  // (5–15 ms here, most of a pull's time in bench:sync): a crash may lose the last few lag
  // figures, which the kiosk's next pull writes again; no change or cursor depends on them.
  await pool.query(
    `WITH no_flush AS (SELECT set_config('synchronous_commit', 'off', true))
     UPDATE kiosks SET pulled_through_version = $2, last_contact_at = now()
       FROM no_flush WHERE id = $1`,
    [kiosk.id, page.cursor],
  );
  return page;
}
