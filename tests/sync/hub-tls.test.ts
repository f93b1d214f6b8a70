// S-SYNC-3: the kiosk checks the hub's certificate. A hub serving TLS itself with a certificate
// from a school's own CA (made here with openssl) is refused until that CA is given as
// hubCaFile, and a certificate for another name is refused even then.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHubServer } from '../../hub/http/hub-server';
import { startKiosk, startTestHub, type TestHub, type TestKiosk } from './sync-harness';

let hub: TestHub;
let tlsServer: Server;
let port = 0;
let caFile = '';
const kiosks: TestKiosk[] = [];

function makeSchoolCa(dir: string): { caFile: string; cert: Buffer; key: Buffer } {
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=Test school CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'hub.key',
    '-out',
    'hub.csr',
    '-subj',
    '/CN=localhost',
  );
  writeFileSync(file('ext.cnf'), 'subjectAltName=DNS:localhost\n');
  openssl(
    'x509',
    '-req',
    '-in',
    'hub.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'hub.pem',
    '-days',
    '2',
    '-extfile',
    'ext.cnf',
  );
  return {
    caFile: file('ca.pem'),
    cert: readFileSync(file('hub.pem')),
    key: readFileSync(file('hub.key')),
  };
}

beforeAll(async () => {
  hub = await startTestHub();
  const made = makeSchoolCa(mkdtempSync(join(tmpdir(), 'hub-ca-')));
  caFile = made.caFile;
  tlsServer = createHubServer({
    pool: hub.pool,
    tls: { cert: made.cert, key: made.key },
    log: () => undefined,
  }) as Server;
  await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
  port = (tlsServer.address() as AddressInfo).port;
}, 60_000);
afterAll(async () => {
  for (const kiosk of kiosks) await kiosk.close();
  await new Promise<void>((resolve) => {
    tlsServer.closeAllConnections();
    tlsServer.close(() => resolve());
  });
  await hub.close();
});

async function kiosk(env: NodeJS.ProcessEnv = {}): Promise<TestKiosk> {
  const started = await startKiosk({ env });
  kiosks.push(started);
  return started;
}

it('S-SYNC-3 refuses a hub whose certificate the kiosk does not trust, and changes nothing', async () => {
  const alone = await kiosk();
  const refused = await alone.composed.sync.enrol({
    hubUrl: `https://localhost:${port}`,
    code: await hub.enrolmentCode(),
    kioskLabel: 'Accueil',
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'HUB_TLS_FAILED' } });
  expect(alone.composed.sync.status()).toEqual({ enrolled: false });
  expect(alone.store.held['hub-credential']).toBeUndefined();
});

it('S-SYNC-3 trusts the school CA given as hubCaFile, for the name in the certificate only', async () => {
  const trusting = await kiosk({ KIOSK_HUB_CA_FILE: caFile });
  const wrongName = await trusting.composed.sync.enrol({
    hubUrl: `https://127.0.0.1:${port}`,
    code: await hub.enrolmentCode(),
    kioskLabel: 'Accueil',
  });
  expect(wrongName).toMatchObject({ ok: false, error: { code: 'HUB_TLS_FAILED' } });

  await trusting.enrol(`https://localhost:${port}`, await hub.enrolmentCode(), 'Accueil');
  expect(await trusting.syncNow()).toMatchObject({
    enrolled: true,
    hubUrl: `https://localhost:${port}`,
    lastError: null,
    waitingEvents: 0,
  });
});
