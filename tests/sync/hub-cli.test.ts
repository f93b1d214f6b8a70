// `npm run config -- hub enrol | status | leave` against the hub's real server: what the school's
// IT person types and reads, and what it changes on the kiosk.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeKiosk } from '../../main/app/compose-kiosk';
import { revokeKiosk } from '../../hub/directory/kiosks';
import { KeychainUnavailableError } from '../../main/secrets/secret-store';
import {
  EXIT_NO_KEYCHAIN,
  EXIT_OK,
  EXIT_REFUSED,
  EXIT_USAGE,
  runConfigCli,
} from '../../main/cli/run-config-cli';
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
    expect(status.out).toMatch(/Hub accepts now:\s+yes, this kiosk's credential is accepted/u);

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

  it('S-SYNC-1 a keychain that cannot keep the credential is found before the hub is asked: the code stays valid, no kiosk is listed', async () => {
    const dataDir = await startedOnce();
    const code = await hub.enrolmentCode();
    const kiosksListed = async () =>
      Number((await hub.pool.query<{ n: string }>('SELECT count(*) AS n FROM kiosks')).rows[0]?.n);
    const before = await kiosksListed();

    const unreachable = createInMemorySecretStore({}, { unavailable: true });
    const noKeychain = await config(
      ['hub', 'enrol', hub.url, code, '--data-dir', dataDir],
      unreachable,
    );
    expect(noKeychain.status).toBe(EXIT_NO_KEYCHAIN);
    expect(noKeychain.err).toMatch(
      /no OS keychain is available.*hub was not contacted.*still valid/u,
    );

    // Reachable but refusing writes (a read-only or locked collection).
    const readable = createInMemorySecretStore();
    const readOnly: InMemorySecretStore = {
      ...readable,
      get held() {
        return readable.held;
      },
      write: () => Promise.reject(new KeychainUnavailableError('the collection is locked')),
    };
    const locked = await config(['hub', 'enrol', hub.url, code, '--data-dir', dataDir], readOnly);
    expect(locked.status).toBe(EXIT_NO_KEYCHAIN);
    expect(locked.err).toMatch(/the collection is locked.*hub was not contacted/u);
    expect(await kiosksListed()).toBe(before);
    expect((await config(['hub', 'status', '--data-dir', dataDir], readable)).out).toMatch(
      /not enrolled/u,
    );

    // The same code, once the keychain works, enrols.
    const store = createInMemorySecretStore();
    const enrolled = await config(['hub', 'enrol', hub.url, code, '--data-dir', dataDir], store);
    expect(enrolled.status).toBe(EXIT_OK);
    expect(store.held['hub-credential']).toMatch(/^[0-9a-f-]{36}\./u);
    expect(await kiosksListed()).toBe(before + 1);
  });

  it('S-SYNC-1 after a revocation, status says the hub refuses this kiosk, and leave does not ask to revoke it again', async () => {
    const dataDir = await startedOnce();
    const store = createInMemorySecretStore();
    expect(
      (
        await config(
          ['hub', 'enrol', hub.url, await hub.enrolmentCode(), '--data-dir', dataDir],
          store,
        )
      ).status,
    ).toBe(EXIT_OK);
    const kioskId = (store.held['hub-credential'] ?? '').split('.')[0] ?? '';
    expect((await revokeKiosk(hub.pool, kioskId)).ok).toBe(true);

    // The kiosk tries once (as its loop would) and records the refusal.
    const kiosk = await composeKiosk({
      dataDir,
      env: { KIOSK_PASSWORD_PEPPER: SCHOOL_PEPPER },
      secretStore: store,
    });
    await kiosk.stopSync();
    expect(await kiosk.sync.syncNow()).toMatchObject({ lastError: 'revoked' });
    await kiosk.stopSync();
    kiosk.close();

    const status = await config(['hub', 'status', '--data-dir', dataDir], store);
    expect(status.status).toBe(EXIT_OK);
    expect(status.out).toMatch(/Failing since:.*\(revoked\)/u);
    expect(status.out).toMatch(/Hub accepts now:\s+no: the hub refuses this kiosk's credential/u);
    expect(status.out).not.toMatch(/Hub accepts now:\s+yes/u);

    const left = await config(['hub', 'leave', '--discard-waiting', '--data-dir', dataDir], store);
    expect(left.status).toBe(EXIT_OK);
    expect(left.out).toMatch(/left the hub/u);
    expect(left.out).not.toMatch(/revoke/u);
  });

  it('leave, from a kiosk the hub did not revoke, says which kiosk its administrator should revoke', async () => {
    const dataDir = await startedOnce();
    const store = createInMemorySecretStore();
    await config(
      ['hub', 'enrol', hub.url, await hub.enrolmentCode(), '--data-dir', dataDir],
      store,
    );
    const kioskId = (store.held['hub-credential'] ?? '').split('.')[0] ?? '';
    const left = await config(['hub', 'leave', '--discard-waiting', '--data-dir', dataDir], store);
    expect(left.out).toContain(`Ask the hub's administrator to revoke kiosk ${kioskId}.`);
  });

  it("S-SYNC-1 a second kiosk run by the same OS account cannot take the first one's credential: enrol refuses before the hub is asked, status and leave touch only this kiosk's", async () => {
    const first = await startedOnce();
    const second = await startedOnce();
    const shared = createInMemorySecretStore(); // one OS account, one keychain
    expect(
      (
        await config(
          ['hub', 'enrol', hub.url, await hub.enrolmentCode(), '--data-dir', first],
          shared,
        )
      ).status,
    ).toBe(EXIT_OK);
    const firstCredential = shared.held['hub-credential'] ?? '';
    const firstId = firstCredential.split('.')[0] ?? '';

    const code = await hub.enrolmentCode();
    const refused = await config(['hub', 'enrol', hub.url, code, '--data-dir', second], shared);
    expect(refused.status).toBe(EXIT_REFUSED);
    expect(refused.err).toMatch(
      new RegExp(`HUB_CREDENTIAL_OF_ANOTHER_KIOSK.*kiosk ${firstId}.*--replace.*still valid`, 'u'),
    );
    expect(shared.held['hub-credential']).toBe(firstCredential);
    expect((await config(['hub', 'status', '--data-dir', first], shared)).out).toMatch(
      /Hub accepts now:\s+yes/u,
    );

    // The same code serves the second kiosk from its own account's keychain.
    const own = createInMemorySecretStore();
    expect((await config(['hub', 'enrol', hub.url, code, '--data-dir', second], own)).status).toBe(
      EXIT_OK,
    );
    // Read with the first kiosk's keychain, the second kiosk's status does not vouch for it.
    const crossed = await config(['hub', 'status', '--data-dir', second], shared);
    expect(crossed.out).toMatch(
      new RegExp(
        `Hub accepts now:\\s+no: the keychain holds the credential of another kiosk \\(${firstId}\\)`,
        'u',
      ),
    );
    // Nor does its leaving remove the first kiosk's credential.
    expect(
      (await config(['hub', 'leave', '--discard-waiting', '--data-dir', second], shared)).status,
    ).toBe(EXIT_OK);
    expect(shared.held['hub-credential']).toBe(firstCredential);

    // A kiosk that no longer exists leaves its credential behind: --replace takes its place.
    const third = await startedOnce();
    const replaced = await config(
      ['hub', 'enrol', hub.url, await hub.enrolmentCode(), '--replace', '--data-dir', third],
      shared,
    );
    expect(replaced.status).toBe(EXIT_OK);
    expect(shared.held['hub-credential']).not.toBe(firstCredential);
    expect((await config(['hub', 'status', '--data-dir', third], shared)).out).toMatch(
      /Hub accepts now:\s+yes/u,
    );
  });

  it('a demo kiosk enrolled in a real school is told that its demo roster is not shared, at enrolment and in status', async () => {
    const dataDir = await startedOnce();
    const store = createInMemorySecretStore();
    const enrolled = await config(
      ['hub', 'enrol', hub.url, await hub.enrolmentCode('0750001A'), '--data-dir', dataDir],
      store,
    );
    expect(enrolled.status).toBe(EXIT_OK);
    const notShared =
      /Note: this kiosk holds the demo roster \(school 0000000D\), not school 0750001A's: .* not shared through the hub\..*enrol the kiosks in school 0000000D instead/u;
    expect(enrolled.out).toMatch(notShared);
    expect((await config(['hub', 'status', '--data-dir', dataDir], store)).out).toMatch(notShared);
    // The console's Réglages says it too (its words: sync-status-words).
    const kiosk = await composeKiosk({
      dataDir,
      env: { KIOSK_PASSWORD_PEPPER: SCHOOL_PEPPER },
      secretStore: store,
    });
    await kiosk.stopSync();
    expect(kiosk.sync.status()).toMatchObject({
      enrolled: true,
      rostersNotShared: [{ uai: '0000000D', demo: true }],
    });
    kiosk.close();

    // Enrolled in the demo school itself, there is nothing to say.
    const demoKiosk = await startedOnce();
    const inDemoSchool = await config(
      ['hub', 'enrol', hub.url, await hub.enrolmentCode(), '--data-dir', demoKiosk],
      createInMemorySecretStore(),
    );
    expect(inDemoSchool.status).toBe(EXIT_OK);
    expect(inDemoSchool.out).not.toMatch(/Note:/u);
  });

  it('status with the credential gone from the keychain says the hub cannot accept this kiosk', async () => {
    const dataDir = await startedOnce();
    const store = createInMemorySecretStore();
    await config(
      ['hub', 'enrol', hub.url, await hub.enrolmentCode(), '--data-dir', dataDir],
      store,
    );
    await store.remove('hub-credential');
    const status = await config(['hub', 'status', '--data-dir', dataDir], store);
    expect(status.out).toMatch(/Hub accepts now:\s+no: this kiosk's credential is missing/u);
  });
});
