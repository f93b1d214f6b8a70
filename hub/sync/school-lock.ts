// The school's advisory lock, held until the transaction ends: versions are taken under it, so
// within a school they become visible in increasing order (docs/developers/sync.md, "Ordering").
// Different schools hash to different keys and do not wait for each other.
import type { PoolClient } from 'pg';

/** The first half of the two-key lock: keeps school locks apart from any other advisory lock. */
const SCHOOL_LOCK_SPACE = 7;

export async function lockSchool(db: PoolClient, schoolUai: string): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [SCHOOL_LOCK_SPACE, schoolUai]);
}
