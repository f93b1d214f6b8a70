// `npm run hub:local`: a PostgreSQL cluster of its own in a data directory, initialised once,
// started, migrated and served on loopback, then stopped cleanly, and found again next time.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalHub } from '../../hub/cli/run-local-hub';
import { freeLoopbackPort, giveToPostgresUser } from '../../hub/local/postgres-cluster';
import { hubRequest } from '../support/test-hub-server';

// As root the postgres user must reach the directory: the run's own temp dir is private.
const base = mkdtempSync(join(process.getuid?.() === 0 ? '/tmp' : tmpdir(), 'hub-local-test-'));
giveToPostgresUser(base);
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the local hub', () => {
  it('initialises its cluster once, serves on loopback, stops PostgreSQL, and starts again with its data', async () => {
    const dataDir = join(base, 'hub-data');
    const port = await freeLoopbackPort();
    const first = await startLocalHub({ dataDir, port, log: () => undefined });
    let databaseUrl: string;
    try {
      expect(first.hub.url).toBe(`http://127.0.0.1:${port}`);
      databaseUrl = first.databaseUrl;
      // The superuser has a password: the URL carries it, the file keeps it (mode 600).
      const password = readFileSync(join(dataDir, 'superuser-password'), 'utf8').trim();
      expect(databaseUrl).toContain(`:${password}@127.0.0.1:`);
      await first.hub.pool.query("INSERT INTO schools (uai, name) VALUES ('0750001A', 'École A')");
      const status = await hubRequest(first.hub.url, 'GET', '/v1/status');
      expect(status.body).toMatchObject({ ok: true, database: 'reachable', schools: 1 });
    } finally {
      await first.stop();
    }
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    const again = await startLocalHub({ dataDir, port, log: () => undefined });
    try {
      expect(again.databaseUrl).toBe(databaseUrl);
      const status = await hubRequest(again.hub.url, 'GET', '/v1/status');
      expect(status.body).toMatchObject({ ok: true, schools: 1 });
    } finally {
      await again.stop();
    }
  }, 90_000);
});
