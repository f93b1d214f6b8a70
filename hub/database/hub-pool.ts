// The hub's connections to PostgreSQL. The hub keeps no state of its own between requests:
// everything is in the database, so several instances can serve behind one load balancer.
import pg from 'pg';

export function createHubPool(databaseUrl: string, max = 10): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max,
    // A request waits this long for a connection before it is answered "unavailable".
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection cut by the server (restart, failover) must not crash the process: the
  // pool drops it and the next request opens a new one.
  pool.on('error', () => undefined);
  return pool;
}
