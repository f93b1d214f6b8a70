import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeKiosk, type ComposedKiosk } from '../../../main/app/compose-kiosk';
import { databasePath } from '../../../main/database/database-location';
import { openDatabase } from '../../../main/database/open-database';
import { importRosterFiles } from '../../../main/roster/import-roster-files';
import { systemClock } from '../../../main/platform/clock';
import { createInMemorySecretStore } from '../../fakes/in-memory-secret-store';
import { writeFixturePair } from '../../fixtures/siecle/siecle-fixture-files';
import { setupCodeFromStartupLog } from '../console/console-harness';

const freshDataDir = () => mkdtempSync(join(tmpdir(), 'kiosk-compose-'));
const PEPPER = 'a-pepper-of-at-least-thirty-two-characters!';
const keychain = createInMemorySecretStore;
const noKeychain = () => createInMemorySecretStore({}, { unavailable: true });

async function importRealRoster(dataDir: string) {
  const db = openDatabase(databasePath(dataDir));
  const pair = writeFixturePair();
  await importRosterFiles(db, [pair.students, pair.guardians], { clock: systemClock });
  db.close();
}

describe('starting the kiosk (composition root)', () => {
  it('starts in demo mode on a fresh data directory without any secret', async () => {
    const kiosk = await composeKiosk({ dataDir: freshDataDir(), env: {}, secretStore: keychain() });
    expect(kiosk.demoMode).toBe(true);
    const status = await kiosk.handlers['kiosk.status']({ sessionId: 's' }, {});
    expect(status).toMatchObject({ ok: true, value: { demoMode: true } });
    kiosk.close();
  });

  it('names, for the console, each setting that weakens a protection', async () => {
    const quiet = await composeKiosk({ dataDir: freshDataDir(), env: {}, secretStore: keychain() });
    expect(quiet.warnings).toEqual([]);
    quiet.close();
    const loose = await composeKiosk({
      dataDir: freshDataDir(),
      env: { KIOSK_RESEND_COOLDOWN_SECONDS: '5' },
      secretStore: keychain(),
    });
    expect(loose.warnings).toEqual([expect.stringMatching(/^WARNING: resendCooldownSeconds/)]);
    loose.close();
  });

  it('S-PWD-3 the kiosk as started hashes passwords with scrypt N=2^17, r=8, p=1', async () => {
    const dataDir = freshDataDir();
    const kiosk = await composeKiosk({
      dataDir,
      env: { KIOSK_IDENTITY_RESPONSE_FLOOR_MS: '0' },
      secretStore: keychain(),
    });
    try {
      const call = async (channel: string, request: Record<string, unknown>) => {
        const handler = kiosk.handlers[channel as keyof typeof kiosk.handlers] as (
          context: { sessionId: string },
          request: unknown,
        ) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
        const result = await handler({ sessionId: 'desk' }, request);
        if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
        return result.value as Record<string, unknown>;
      };
      const { flowId } = (await call('activation.start', {})) as { flowId: string };
      await call('activation.submitIdentity', {
        flowId,
        lastName: 'Dupont',
        firstName: 'Patrick',
        mobile: '06 12 34 56 02',
      });
      await call('activation.confirmSend', { flowId });
      const inbox = (await call('demo.inbox', {})) as unknown as { text: string }[];
      const code = /\d{6}/.exec(inbox.at(-1)?.text ?? '')?.[0] ?? '';
      const children = (await call('activation.submitCode', { flowId, code })) as {
        children: { childKey: string }[];
      };
      await call('activation.answerChild', {
        flowId,
        childKey: children.children[0]?.childKey,
        isLegalGuardian: true,
        birthDate: '02/05/2012',
      });
      await call('activation.continueToIdentifier', { flowId });
      await call('activation.acknowledgeIdentifier', { flowId });
      const password = 'Tartine beurrée du matin 47';
      await call('activation.setPassword', { flowId, password, confirmation: password });
    } finally {
      kiosk.close();
    }
    const db = openDatabase(databasePath(dataDir));
    const { password_hash } = db.prepare('SELECT password_hash FROM accounts').get() as {
      password_hash: string;
    };
    db.close();
    expect(password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
  });

  it('S-DATA-1 creates the code key and the password pepper in the keychain on first start, and keeps them', async () => {
    const store = keychain();
    const dataDir = freshDataDir();
    const first = await composeKiosk({ dataDir, env: {}, secretStore: store });
    first.close();
    const created = store.held;
    expect(created['password-pepper']?.length).toBeGreaterThanOrEqual(32);
    expect(created['code-hmac-key']?.length).toBeGreaterThanOrEqual(32);
    expect(created['password-pepper']).not.toBe(created['code-hmac-key']);
    expect(first.notices.join('\n')).toMatch(/created .*password pepper in the OS keychain/);
    expect(first.notices.join('\n')).toMatch(/npm run --silent config -- pepper show/);
    expect(first.notices.join('\n')).not.toContain(created['password-pepper']);
    const second = await composeKiosk({ dataDir, env: {}, secretStore: store });
    second.close();
    expect(store.held).toEqual(created);
    // Nothing created again (the console's setup code, printed while unclaimed, is not a key).
    expect(second.notices.filter((line) => !line.startsWith('Console setup code'))).toEqual([]);
  });

  it('S-PWD-3 starts with a real roster on the pepper the keychain created', async () => {
    const dataDir = freshDataDir();
    await importRealRoster(dataDir);
    const store = keychain();
    const kiosk = await composeKiosk({ dataDir, env: {}, secretStore: store });
    expect(kiosk.demoMode).toBe(false);
    expect(store.held['password-pepper']).toBeDefined();
    kiosk.close();
  });

  it('S-PWD-3 never creates a new pepper once accounts exist: it asks for the school’s', async () => {
    const dataDir = freshDataDir();
    await importRealRoster(dataDir);
    const db = openDatabase(databasePath(dataDir));
    db.prepare(
      `INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at)
       VALUES ('a1', 'patrick.dupont1', 'Patrick', 'scrypt$131072$8$1$x$y', '2026-01-01', '2026-01-01')`,
    ).run();
    db.close();
    const store = keychain();
    await expect(composeKiosk({ dataDir, env: {}, secretStore: store })).rejects.toThrow(
      /accounts already exist.*npm run config -- pepper set/,
    );
    expect(store.held['password-pepper']).toBeUndefined();
    const kiosk = await composeKiosk({
      dataDir,
      env: {},
      secretStore: keychain({ 'password-pepper': PEPPER }),
    });
    expect(kiosk.demoMode).toBe(false);
    kiosk.close();
  });

  it('S-DATA-1 without a keychain, refuses a real roster unless the environment gives the pepper', async () => {
    const dataDir = freshDataDir();
    await importRealRoster(dataDir);
    await expect(composeKiosk({ dataDir, env: {}, secretStore: noKeychain() })).rejects.toThrow(
      /no OS keychain is available \(Cannot autolaunch D-Bus.*will not store them in plain text.*KIOSK_PASSWORD_PEPPER/,
    );
    const kiosk = await composeKiosk({
      dataDir,
      env: { KIOSK_PASSWORD_PEPPER: PEPPER },
      secretStore: noKeychain(),
    });
    expect(kiosk.demoMode).toBe(false);
    expect(kiosk.warnings).toEqual([
      expect.stringMatching(
        /^WARNING: no OS keychain is available .*only the secrets set in the environment are used \(KIOSK_PASSWORD_PEPPER\)\.$/,
      ),
    ]);
    kiosk.close();
  });

  it('S-DATA-1 without a keychain, the demo still starts and the console says why', async () => {
    const kiosk = await composeKiosk({
      dataDir: freshDataDir(),
      env: {},
      secretStore: noKeychain(),
    });
    expect(kiosk.demoMode).toBe(true);
    expect(kiosk.warnings).toEqual([
      expect.stringMatching(
        /^WARNING: no OS keychain is available .*no secret is set in the environment either; demo mode runs on the published demo pepper/,
      ),
    ]);
    kiosk.close();
  });

  it('S-PWD-3 a staff account made on the demo pepper logs in once the school’s pepper is set, and moves to it', async () => {
    // scrypt at full cost, a few times.
    const dataDir = freshDataDir();
    const staff = { username: 'secretariat', password: 'Clair de lune sur la cour 7' };
    const login = (kiosk: ComposedKiosk) =>
      kiosk.handlers['console.login']({ sessionId: 'desk' }, staff);
    const demo = await composeKiosk({ dataDir, env: {}, secretStore: noKeychain() });
    const created = await demo.handlers['console.createFirstStaff'](
      { sessionId: 'desk' },
      {
        ...staff,
        displayName: 'Martine Durand',
        confirmation: staff.password,
        setupCode: setupCodeFromStartupLog(demo.notices),
      },
    );
    expect(created.ok).toBe(true);
    demo.close();

    await importRealRoster(dataDir);
    const env = { KIOSK_PASSWORD_PEPPER: PEPPER };
    const live = await composeKiosk({ dataDir, env, secretStore: noKeychain() });
    expect(live.warnings).toContainEqual(
      expect.stringMatching(
        /^WARNING: 1 staff account still has a password hashed with the published demo pepper/,
      ),
    );
    expect(await login(live)).toMatchObject({ ok: true });
    live.close();

    const again = await composeKiosk({ dataDir, env, secretStore: noKeychain() });
    expect(again.warnings.filter((line) => line.includes('staff account'))).toEqual([]);
    expect(await login(again)).toMatchObject({ ok: true });
    again.close();
  }, 60_000);

  it('S-PWD-3 never replaces a lost pepper while staff passwords depend on it, and says so', async () => {
    const dataDir = freshDataDir();
    const first = await composeKiosk({ dataDir, env: {}, secretStore: keychain() });
    const created = await first.handlers['console.createFirstStaff'](
      { sessionId: 'desk' },
      {
        username: 'secretariat',
        displayName: 'Martine Durand',
        password: 'Clair de lune sur la cour 7',
        confirmation: 'Clair de lune sur la cour 7',
        setupCode: setupCodeFromStartupLog(first.notices),
      },
    );
    expect(created.ok).toBe(true);
    first.close();
    // The keychain lost the pepper (a new user profile, a wiped keyring).
    const emptied = keychain();
    const kiosk = await composeKiosk({ dataDir, env: {}, secretStore: emptied });
    expect(emptied.held['password-pepper']).toBeUndefined();
    expect(kiosk.warnings).toContainEqual(
      expect.stringMatching(/^WARNING: the keychain has no password pepper.*pepper set`\.$/),
    );
    kiosk.close();
  }, 60_000);

  it('without a keychain, a missing gateway secret names the keychain problem too', async () => {
    const env = {
      KIOSK_SMS_PROVIDER: 'android-gateway',
      KIOSK_SMS_URL: 'http://127.0.0.1:9',
      KIOSK_PASSWORD_PEPPER: PEPPER,
    };
    await expect(
      composeKiosk({ dataDir: freshDataDir(), env, secretStore: noKeychain() }),
    ).rejects.toThrow(/KIOSK_SMS_PASSWORD is required.*no OS keychain is available/);
    await expect(
      composeKiosk({ dataDir: freshDataDir(), env, secretStore: keychain() }),
    ).rejects.toThrow(/KIOSK_SMS_PASSWORD is required.*npm run config -- sms set sms-password/);
  });

  it('refuses the published demo pepper as soon as a real SMS gateway is configured', async () => {
    const env = {
      KIOSK_SMS_PROVIDER: 'android-gateway',
      KIOSK_SMS_URL: 'http://127.0.0.1:9',
      KIOSK_SMS_PASSWORD: 'pw',
    };
    await expect(
      composeKiosk({ dataDir: freshDataDir(), env, secretStore: noKeychain() }),
    ).rejects.toThrow(/KIOSK_PASSWORD_PEPPER/);
  });

  it('S-DATA-1 the settings screen sets a gateway secret and sees it set, never its value', async () => {
    const store = keychain();
    const kiosk = await composeKiosk({
      dataDir: freshDataDir(),
      env: { KIOSK_BREVO_API_KEY: 'from-env' },
      secretStore: store,
    });
    try {
      expect(await kiosk.secretSettings.setSmsSecret('sms-password', 'typed-at-the-desk')).toEqual({
        ok: true,
      });
      expect(
        await kiosk.secretSettings.setSmsSecret('password-pepper', 'x'.repeat(40)),
      ).toMatchObject({ ok: false, problem: 'unknown-name' });
      const status = await kiosk.secretSettings.status();
      const sms = status.secrets.find((secret) => secret.name === 'sms-password');
      const brevo = status.secrets.find((secret) => secret.name === 'brevo-api-key');
      expect(sms).toMatchObject({ inKeychain: true, inEnvironment: false });
      expect(brevo).toMatchObject({ inKeychain: false, inEnvironment: true });
      const shown = JSON.stringify(status);
      for (const value of [...Object.values(store.held), 'from-env']) {
        expect(shown).not.toContain(value);
      }
      expect(await kiosk.secretSettings.deleteSmsSecret('sms-password')).toEqual({
        ok: true,
        removed: true,
      });
      expect(store.held).not.toHaveProperty('sms-password');
    } finally {
      kiosk.close();
    }
  });

  it('refuses a pepper too short to be a secret', async () => {
    const dataDir = freshDataDir();
    await importRealRoster(dataDir);
    await expect(
      composeKiosk({ dataDir, env: { KIOSK_PASSWORD_PEPPER: 'short' }, secretStore: keychain() }),
    ).rejects.toThrow(/at least 32/);
  });
});

describe('the console setup code in the start-up log (S-SEC-1)', () => {
  it('is printed while no staff account exists, a new one each start, and no more once claimed', async () => {
    const dataDir = freshDataDir();
    const first = await composeKiosk({ dataDir, env: {}, secretStore: noKeychain() });
    const oldCode = setupCodeFromStartupLog(first.notices);
    expect(oldCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/u);
    first.close();

    const second = await composeKiosk({ dataDir, env: {}, secretStore: noKeychain() });
    const code = setupCodeFromStartupLog(second.notices);
    const claim = (setupCode: string) =>
      second.handlers['console.createFirstStaff'](
        { sessionId: 'desk' },
        {
          username: 'secretariat',
          displayName: 'Martine Durand',
          password: 'Clair de lune sur la cour 7',
          confirmation: 'Clair de lune sur la cour 7',
          setupCode,
        },
      );
    // Ctrl+Alt+S without the log's code: nothing.
    expect(await claim(oldCode)).toMatchObject({ error: { code: 'SETUP_CODE_INVALID' } });
    expect(await claim(code)).toMatchObject({ ok: true });
    second.close();

    const third = await composeKiosk({ dataDir, env: {}, secretStore: noKeychain() });
    expect(third.notices.join('\n')).not.toMatch(/setup code/iu);
    third.close();
  }, 60_000);
});
