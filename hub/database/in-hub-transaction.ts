// One transaction on a pooled connection: committed when `work` resolves, rolled back when it
// throws (bad input changes nothing), and the connection always returned to the pool.
import type { Pool, PoolClient } from 'pg';

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

export async function inHubTransaction<T>(
  pool: Pool,
  work: (db: PoolClient) => Promise<T>,
  isolation: IsolationLevel = 'READ COMMITTED',
): Promise<T> {
  const db = await pool.connect();
  // A connection cut while checked out (PostgreSQL restarted) emits 'error' on the client, and
  // the pool listens only while it is idle: without this the process would crash. The query in
  // flight fails too, which is how the request learns of it.
  const onConnectionError = (): void => {
    broken = true;
  };
  let broken = false;
  db.on('error', onConnectionError);
  try {
    await db.query(`BEGIN ISOLATION LEVEL ${isolation}`);
    const result = await work(db);
    await db.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await db.query('ROLLBACK');
    } catch {
      // The connection itself failed: it must not go back to the pool.
      broken = true;
    }
    throw error;
  } finally {
    db.off('error', onConnectionError);
    db.release(broken);
  }
}
