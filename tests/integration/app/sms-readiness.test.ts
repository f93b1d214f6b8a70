import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeKiosk } from '../../../main/app/compose-kiosk';
import { databasePath } from '../../../main/database/database-location';
import { openDatabase } from '../../../main/database/open-database';
import { systemClock } from '../../../main/platform/clock';
import { importRosterFiles } from '../../../main/roster/import-roster-files';
import { startFakeAndroidGateway } from '../../fakes/fake-android-gateway';
import { startFakeBrevo } from '../../fakes/fake-brevo';
import { createInMemorySecretStore } from '../../fakes/in-memory-secret-store';
import { writeFixturePair } from '../../fixtures/siecle/siecle-fixture-files';

const PEPPER = 'a-pepper-of-at-least-thirty-two-characters!';

async function realRosterDataDir(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-sms-ready-'));
  const db = openDatabase(databasePath(dataDir));
  const pair = writeFixturePair();
  await importRosterFiles(db, [pair.students, pair.guardians], { clock: systemClock });
  db.close();
  return dataDir;
}

describe('SMS readiness shown at start (no parent should find a broken gateway first)', () => {
  let gateway: Awaited<ReturnType<typeof startFakeAndroidGateway>>;
  beforeAll(async () => {
    gateway = await startFakeAndroidGateway({ username: 'sms', password: 'right' });
  });
  afterAll(() => gateway.close());

  const check = async (env: Record<string, string>) => {
    const kiosk = await composeKiosk({
      dataDir: await realRosterDataDir(),
      env,
      secretStore: createInMemorySecretStore(),
    });
    try {
      return await kiosk.checkSms();
    } finally {
      kiosk.close();
    }
  };
  const android = (overrides: Record<string, string>) => ({
    KIOSK_PASSWORD_PEPPER: PEPPER,
    KIOSK_SMS_PROVIDER: 'android-gateway',
    KIOSK_SMS_URL: gateway.url,
    KIOSK_SMS_PASSWORD: 'right',
    KIOSK_SMS_TIMEOUT_SECONDS: '4',
    ...overrides,
  });

  it('says the gateway answers and takes the credentials, and sends nothing', async () => {
    const sms = await check(android({}));
    expect(sms).toMatchObject({ ready: true });
    expect(gateway.received).toHaveLength(0);
  });

  it('names the credentials when the phone refuses them', async () => {
    const sms = await check(android({ KIOSK_SMS_PASSWORD: 'wrong' }));
    expect(sms.ready).toBe(false);
    expect(sms.message).toMatch(/KIOSK_SMS_USERNAME and KIOSK_SMS_PASSWORD/);
    expect(sms.message).not.toContain('wrong');
  });

  it('names the address when nothing answers there', async () => {
    const sms = await check(android({ KIOSK_SMS_URL: 'http://127.0.0.1:9' }));
    expect(sms.ready).toBe(false);
    expect(sms.message).toMatch(/check KIOSK_SMS_URL/);
  });

  it('checks a cloud provider through the environment settings, naming its key when refused', async () => {
    const brevo = await startFakeBrevo({ apiKey: 'brevo-key' });
    try {
      const env = {
        KIOSK_PASSWORD_PEPPER: PEPPER,
        KIOSK_SMS_PROVIDER: 'brevo',
        KIOSK_BREVO_BASE_URL: brevo.url,
        KIOSK_SMS_SENDER: 'COLLEGE',
        KIOSK_BREVO_API_KEY: 'brevo-key',
      };
      expect(await check(env)).toMatchObject({ ready: true });
      const refused = await check({ ...env, KIOSK_BREVO_API_KEY: 'revoked-key' });
      expect(refused.ready).toBe(false);
      expect(refused.message).toContain(`brevo at ${brevo.url}`);
      expect(refused.message).toMatch(/KIOSK_BREVO_API_KEY/);
      expect(refused.message).not.toContain('revoked-key');
      expect(brevo.received).toHaveLength(0);
    } finally {
      await brevo.close();
    }
  });

  it('S-DATA-1 uses the gateway password from the keychain, and the environment overrides it', async () => {
    const fromKeychain = async (env: Record<string, string>) => {
      const kiosk = await composeKiosk({
        dataDir: await realRosterDataDir(),
        env,
        secretStore: createInMemorySecretStore({ 'sms-password': 'right' }),
      });
      try {
        return await kiosk.checkSms();
      } finally {
        kiosk.close();
      }
    };
    // An empty variable counts as unset.
    expect(await fromKeychain(android({ KIOSK_SMS_PASSWORD: '' }))).toMatchObject({ ready: true });
    expect(await fromKeychain(android({ KIOSK_SMS_PASSWORD: 'wrong' }))).toMatchObject({
      ready: false,
    });
  });

  it('warns that a real roster with the demo phone cannot send codes', async () => {
    const sms = await check({ KIOSK_PASSWORD_PEPPER: PEPPER });
    expect(sms.ready).toBe(false);
    expect(sms.message).toMatch(/KIOSK_SMS_PROVIDER is "demo"/);
  });

  it('is ready in demo mode with the demo phone', async () => {
    const kiosk = await composeKiosk({
      dataDir: mkdtempSync(join(tmpdir(), 'kiosk-sms-ready-')),
      env: {},
      secretStore: createInMemorySecretStore(),
    });
    expect(await kiosk.checkSms()).toMatchObject({ ready: true });
    kiosk.close();
  });
});
