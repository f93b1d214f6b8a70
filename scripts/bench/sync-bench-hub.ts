// The hub the sync benchmark measures: the product's HTTP server on its own pool, in a child
// process of its own so that its CPU is its own (the kiosks run in the parent). It listens on
// loopback, tells the parent its port, and answers "cpu" with the CPU time it has used.
import type { AddressInfo } from 'node:net';
import { createHubPool } from '../../hub/database/hub-pool';
import { createHubServer } from '../../hub/http/hub-server';

const databaseUrl = process.env.BENCH_HUB_DATABASE_URL;
if (databaseUrl === undefined || process.send === undefined) {
  throw new Error('sync-bench-hub runs as a child of sync-bench with BENCH_HUB_DATABASE_URL');
}
const send = (message: unknown) => process.send?.(message);
const pool = createHubPool(databaseUrl);
const server = createHubServer({
  pool,
  // A line per request would weigh on what is measured: only errors are written.
  log: (line) => {
    if (!/ (200|201) \d+ms$/u.test(line)) process.stderr.write(`[hub] ${line}\n`);
  },
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  send({ kind: 'listening', port: (server.address() as AddressInfo).port });
});
process.on('message', (message: { kind?: string }) => {
  if (message.kind === 'cpu') {
    const used = process.cpuUsage();
    send({ kind: 'cpu', seconds: (used.user + used.system) / 1e6 });
  } else if (message.kind === 'stop') {
    server.close();
    server.closeAllConnections();
    void pool.end().then(() => process.exit(0));
  }
});
