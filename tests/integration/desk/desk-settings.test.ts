import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKioskConfig } from '../../../main/config/kiosk-config';
import type { DeskSettings } from '../../../shared/desk-view';
import type { StaffIdentity } from '../../../main/desk/desk-staff';
import { createHarness, seedDupontFamily, type Harness } from '../core/core-harness';
import { loginSecretary, STAFF_SESSION } from './desk-staff-fixture';

let dataDir: string;
let h: Harness;
let secretary: StaffIdentity;
const file = () => join(dataDir, 'kiosk-config.json');
const start = async (env: NodeJS.ProcessEnv = {}) => {
  h = createHarness({ settingsFile: { dataDir, env } });
  secretary = await loginSecretary(h);
};

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-desk-settings-'));
});
afterEach(() => {
  h.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const wanted: DeskSettings = {
  kioskName: 'Kiosque du hall',
  codeTtlSeconds: 900,
  idleSeconds: 120,
  loginUrl: null,
  smsProvider: 'android-gateway',
  smsUrl: 'https://192.168.1.20:8080',
  smsSender: null,
  smsFallbackProvider: null,
  twilioAccountSid: null,
  twilioMessagingServiceSid: null,
  // The providers' public addresses, as the schema's defaults show them.
  twilioBaseUrl: 'https://api.twilio.com',
  ovhServiceName: null,
  ovhApplicationKey: null,
  ovhBaseUrl: 'https://eu.api.ovh.com/1.0',
  smsmodeBaseUrl: 'https://rest.smsmode.com/sms/v1',
  brevoBaseUrl: 'https://api.brevo.com/v3',
};

describe('the Settings section', () => {
  it('saves to kiosk-config.json, keeps the other keys, and the next start uses it', async () => {
    writeFileSync(file(), JSON.stringify({ serviceName: 'ENT Lycée', port: 5000 }));
    await start();
    const view = await h.okCall('console.saveSettings', wanted, STAFF_SESSION);
    expect(view.saved).toEqual(wanted);
    // Takes effect at the next start: the running kiosk still has what it started with.
    expect(view.running.kioskName).toBe("Kiosque de l'accueil");
    const next = loadKioskConfig(dataDir, {});
    // Fields left empty (null) stay out of the file.
    const set = Object.fromEntries(Object.entries(wanted).filter(([, value]) => value !== null));
    expect(next.settings).toMatchObject(set);
    expect(next.settings.smsSender).toBeUndefined();
    expect(next.settings).toMatchObject({ serviceName: 'ENT Lycée', port: 5000 });
    // Atomic write: no temporary file left beside it.
    expect(readdirSync(dataDir)).toEqual(['kiosk-config.json']);
  });

  it('refuses a value out of bounds and changes nothing', async () => {
    writeFileSync(file(), JSON.stringify({ kioskName: 'Avant' }));
    await start();
    const before = readFileSync(file(), 'utf8');
    const cases: DeskSettings[] = [
      { ...wanted, codeTtlSeconds: 0 },
      { ...wanted, kioskName: '' },
      { ...wanted, smsUrl: 'https://user:secret@gateway.local' },
      { ...wanted, smsUrl: null },
    ];
    for (const request of cases) {
      const result = await h.call('console.saveSettings', request, STAFF_SESSION);
      expect(result.ok ? 'ok' : result.error.code).toBe('SETTINGS_INVALID');
    }
    expect(readFileSync(file(), 'utf8')).toBe(before);
    expect(
      h.db
        .prepare("SELECT count(*) FROM audit_log WHERE action = 'settings.changed'")
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('S-DATA-1: never writes a secret to the file', async () => {
    await start({ KIOSK_SMS_PASSWORD: 'gateway-secret', KIOSK_PASSWORD_PEPPER: 'pepper-secret' });
    await h.okCall('console.saveSettings', wanted, STAFF_SESSION);
    const written = readFileSync(file(), 'utf8');
    expect(written).not.toMatch(/secret|smsPassword|passwordPepper/u);
  });

  it('S-SEC-1: audits who changed what, and refuses without a staff login', async () => {
    await start();
    const refused = await h.call('console.saveSettings', wanted, 'parent-session');
    expect(refused.ok ? 'ok' : refused.error.code).toBe('STAFF_NOT_LOGGED_IN');
    await h.okCall(
      'console.saveSettings',
      { ...wanted, smsProvider: 'brevo', smsUrl: null, smsSender: 'COLLEGE' },
      STAFF_SESSION,
    );
    const audit = h.db
      .prepare("SELECT actor, details FROM audit_log WHERE action = 'settings.changed'")
      .all() as { actor: string; details: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor).toBe(`staff:${secretary.staffId}`);
    expect(JSON.parse(audit[0]?.details ?? '{}').changes).toEqual({
      kioskName: { from: null, to: 'Kiosque du hall' },
      codeTtlSeconds: { from: null, to: 900 },
      idleSeconds: { from: null, to: 120 },
      smsProvider: { from: null, to: 'brevo' },
      smsSender: { from: null, to: 'COLLEGE' },
      // Brevo's public address, shown as the default and left as it is, is not written.
    });
  });

  it('says which settings an environment variable overrides', async () => {
    await start({ KIOSK_IDLE_SECONDS: '60' });
    const view = await h.okCall('console.settings', {}, STAFF_SESSION);
    expect(view.overriddenByEnvironment).toEqual(['idleSeconds']);
  });

  it('answers SETTINGS_UNAVAILABLE on a core started without a data directory', async () => {
    h = createHarness();
    secretary = await loginSecretary(h);
    const result = await h.call('console.settings', {}, STAFF_SESSION);
    expect(result.ok ? 'ok' : result.error.code).toBe('SETTINGS_UNAVAILABLE');
  });
});

describe('the parents’ login address printed on the identifier letter', () => {
  const issueFor = async () => {
    const { patrick } = seedDupontFamily(h);
    const result = await h.call('console.issueIdentifier', { guardianId: patrick }, STAFF_SESSION);
    if (!result.ok) throw new Error(result.error.code);
    return result.value;
  };

  it('is set in Réglages, https only, and the next letter carries it', async () => {
    await start();
    for (const loginUrl of ['http://ent.example.fr', 'ent.example.fr', 'javascript:alert(1)']) {
      const refused = await h.call('console.saveSettings', { ...wanted, loginUrl }, STAFF_SESSION);
      expect(refused.ok ? 'ok' : refused.error.details?.reason, loginUrl).toBe('loginUrl');
    }
    const saved = await h.call(
      'console.saveSettings',
      { ...wanted, loginUrl: 'https://ent.college-jean-moulin.fr/' },
      STAFF_SESSION,
    );
    expect(saved.ok && saved.value.saved.loginUrl).toBe('https://ent.college-jean-moulin.fr/');
    expect((await issueFor()).loginUrl).toBe('https://ent.college-jean-moulin.fr/');
  });

  it('without the setting the letter gets none (it then says to ask the secretariat)', async () => {
    await start();
    expect((await issueFor()).loginUrl).toBeNull();
  });

  it('KIOSK_LOGIN_URL wins over the saved address', async () => {
    writeFileSync(file(), JSON.stringify({ loginUrl: 'https://saved.example.fr' }));
    await start({ KIOSK_LOGIN_URL: 'https://educonnect.education.gouv.fr' });
    expect((await issueFor()).loginUrl).toBe('https://educonnect.education.gouv.fr');
  });
});
