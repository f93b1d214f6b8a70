// `npm run config -- hub enrol | status | leave` against the hub's real server: what the school's
// IT person types and reads, and what it changes on the kiosk.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeKiosk } from '../../main/app/compose-kiosk';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE, runConfigCli } from '../../main/cli/run-config-cli';
import {
  createInMemorySecretStore,
  type InMemorySecretStore,
} from '../fakes/in-memory-secret-store';
import { SCHOOL_PEPPER, startTestHub, type TestHub } from './sync-harness';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, 60_000);
afterAll(async () => {
  await hub.close();
});

async function config(argv: string[], store: InMemorySecretStore) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runConfigCli(argv, {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    env: {},
    store,
    readSecret: () => Promise.reject(new Error('no secret is read')),
  });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

/** A kiosk's data directory as its first start leaves it (demo roster, database). */
async function startedOnce(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-hub-cli-'));
  const kiosk = await composeKiosk({
    dataDir,
    env: { KIOSK_PASSWORD_PEPPER: SCHOOL_PEPPER },
    secretStore: createInMemorySecretStore(),
  });
  await kiosk.stopSync();
  kiosk.close();
  return dataDir;
}

describe('npm run config -- hub …', () => {
  it('enrols, says where, keeps the credential in the keychain, and leaves', async () => {
    const dataDir = await startedOnce();
    const store = createInMemorySecretStore();
    const code = await hub.enrolmentCode();
    const enrolled = await config(
      ['hub', 'enrol', hub.url, code, '--label', 'Accueil', '--data-dir', dataDir],
      store,
    );
    expect(enrolled.err).toBe('');
    expect(enrolled.status).toBe(EXIT_OK);
    expect(enrolled.out).toMatch(
      /Enrolled "Accueil" at http:\/\/127\.0\.0\.1:\d+: kiosk number \d+ of school 0000000D/u,
    );
    const credential = store.held['hub-credential'] ?? '';
    expect(credential).toMatch(/^[0-9a-f-]{36}\./u);
    expect(enrolled.out).not.toContain(credential.split('.')[1] ?? '');

    // The code served once.
    const again = await config(['hub', 'enrol', hub.url, code, '--data-dir', dataDir], store);
    expect(again.status).toBe(EXIT_REFUSED);
    expect(again.err).toMatch(/SYNC_ALREADY_ENROLLED/u);

    const status = await config(['hub', 'status', '--data-dir', dataDir], store);
    expect(status.status).toBe(EXIT_OK);
    expect(status.out).toMatch(/School:\s+0000000D/u);
    expect(status.out).toMatch(/Last success:\s+never/u);
    expect(status.out).toMatch(/Events waiting:\s+1/u); // the demo roster's import
    expect(status.out).toMatch(/Hub answers now:\s+yes/u);

    // A change not yet on the hub would be lost: refused unless said so.
    const refused = await config(['hub', 'leave', '--data-dir', dataDir], store);
    expect(refused.status).toBe(EXIT_REFUSED);
    expect(refused.err).toMatch(/1 change\(s\) .* --discard-waiting/u);
    expect(store.held['hub-credential']).toBe(credential);

    const left = await config(['hub', 'leave', '--discard-waiting', '--data-dir', dataDir], store);
    expect(left.status).toBe(EXIT_OK);
    expect(left.out).toMatch(/left the hub/u);
    expect(store.held['hub-credential']).toBeUndefined();
    const after = await config(['hub', 'status', '--data-dir', dataDir], store);
    expect(after.out).toMatch(/not enrolled/u);
  });

  it('S-SYNC-3 refuses http:// off this machine, a wrong code, and a bad command line, changing nothing', async () => {
    const dataDir = await startedOnce();
    const store = createInMemorySecretStore();
    const plain = await config(
      ['hub', 'enrol', 'http://hub.example.org', 'ABCD-EFGH-JKLM-NPQR', '--data-dir', dataDir],
      store,
    );
    expect(plain.status).toBe(EXIT_REFUSED);
    expect(plain.err).toMatch(/HUB_URL_NOT_HTTPS.*nothing was changed/u);
    const wrong = await config(
      ['hub', 'enrol', hub.url, 'ABCD-EFGH-JKLM-NPQR', '--data-dir', dataDir],
      store,
    );
    expect(wrong.status).toBe(EXIT_REFUSED);
    expect(wrong.err).toMatch(/ENROLMENT_CODE_INVALID/u);
    expect(store.held).toEqual({});
    expect((await config(['hub', 'status', '--data-dir', dataDir], store)).out).toMatch(
      /not enrolled/u,
    );
    expect((await config(['hub', 'enrol', hub.url, '--data-dir', dataDir], store)).status).toBe(
      EXIT_USAGE,
    );
    expect(
      (await config(['hub', 'status', '--label', 'x', '--data-dir', dataDir], store)).status,
    ).toBe(EXIT_USAGE);
  });
});
