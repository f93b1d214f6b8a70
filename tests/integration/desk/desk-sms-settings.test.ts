// The console's SMS gateway settings as a school's IT person uses them, through the kiosk as
// both hosts start it (composeKiosk): choose Brevo, type its API key (into the keychain, never
// returned), restart, send a test SMS to the loopback Brevo, read the last error.
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeKiosk, type ComposedKiosk } from '../../../main/app/compose-kiosk';
import { databasePath } from '../../../main/database/database-location';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc-contract';
import type { DeskSettings } from '../../../shared/desk-view';
import type { Result } from '../../../shared/result';
import { startFakeBrevo } from '../../fakes/fake-brevo';
import type { FakeSmsProvider } from '../../fakes/fake-provider-server';
import {
  createInMemorySecretStore,
  type InMemorySecretStore,
} from '../../fakes/in-memory-secret-store';
import {
  setupCodeFromStartupLog,
  STAFF_NAME,
  STAFF_PASSWORD,
  STAFF_USERNAME,
} from '../console/console-harness';

const API_KEY = 'xkeysib-0123456789abcdef-settings-test';
const STAFF_SESSION = 'console-1';

let dataDir: string;
let fake: FakeSmsProvider;
let store: InMemorySecretStore;
let kiosk: ComposedKiosk | undefined;
/** Every answer the kiosk gave, to prove no secret ever comes back (S-DATA-1). */
let answers: string[];

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-sms-settings-'));
  fake = await startFakeBrevo({ apiKey: API_KEY });
  store = createInMemorySecretStore();
  answers = [];
});
afterEach(async () => {
  kiosk?.close();
  kiosk = undefined;
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(secretStore = store): Promise<ComposedKiosk> {
  kiosk?.close();
  kiosk = await composeKiosk({ dataDir, env: {}, secretStore });
  return kiosk;
}

async function call<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
  sessionId = STAFF_SESSION,
): Promise<Result<ResponseOf<C>>> {
  if (!kiosk) throw new Error('no kiosk started');
  const handler = kiosk.handlers[channel] as (
    context: { sessionId: string },
    request: RequestOf<C>,
  ) => Promise<Result<ResponseOf<C>>>;
  const result = await handler({ sessionId }, request);
  answers.push(JSON.stringify(result));
  return result;
}

async function okCall<C extends Channel>(channel: C, request: RequestOf<C>, sessionId?: string) {
  const result = await call(channel, request, sessionId);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value;
}

const errorCode = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code);

async function firstStaff() {
  await okCall('console.createFirstStaff', {
    username: STAFF_USERNAME,
    displayName: STAFF_NAME,
    password: STAFF_PASSWORD,
    confirmation: STAFF_PASSWORD,
    setupCode: setupCodeFromStartupLog(kiosk?.notices ?? []),
  });
}

/** The audit entries of one action, as the audit CSV export would read them. */
function auditDetails(action: string): string[] {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return db
      .prepare('SELECT details FROM audit_log WHERE action = ? ORDER BY at, rowid')
      .pluck()
      .all(action) as string[];
  } finally {
    db.close();
  }
}

/** Settings → Brevo, pointed at the loopback fake, as the screen sends them. */
async function chooseBrevo() {
  const view = await okCall('console.settings', {});
  const next: DeskSettings = {
    ...view.saved,
    smsProvider: 'brevo',
    smsSender: 'COLLEGE',
    brevoBaseUrl: fake.url,
  };
  return okCall('console.saveSettings', next);
}

describe('the console SMS gateway settings', () => {
  it('S-DATA-1: Brevo chosen, its API key typed once: stored in the keychain, never returned, used after the restart', async () => {
    await start();
    await firstStaff();
    const saved = await chooseBrevo();
    expect(saved.saved).toMatchObject({ smsProvider: 'brevo', brevoBaseUrl: fake.url });
    // Takes effect at the next start: this kiosk still sends through the demo phone.
    expect(saved.running.smsProvider).toBe('demo');

    const before = await okCall('console.smsSettings', {});
    expect(before.keychain).toBe('available');
    expect(before.secrets.find((s) => s.name === 'brevo-api-key')?.inKeychain).toBe(false);
    const after = await okCall('console.setSmsSecret', { name: 'brevo-api-key', value: API_KEY });
    expect(after.secrets.find((s) => s.name === 'brevo-api-key')).toEqual({
      name: 'brevo-api-key',
      inKeychain: true,
      inEnvironment: false,
    });
    expect(store.held['brevo-api-key']).toBe(API_KEY);
    expect(readFileSync(join(dataDir, 'kiosk-config.json'), 'utf8')).not.toContain(API_KEY);

    await start();
    await okCall('console.login', { username: STAFF_USERNAME, password: STAFF_PASSWORD });
    const sent = await okCall('console.sendTestSms', { mobile: '06 12 34 56 78' });
    expect(sent).toEqual({ sent: true, provider: 'brevo', maskedTo: expect.stringMatching(/78$/) });
    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]?.to).toBe('33612345678');
    expect(fake.received[0]?.text).toContain('SMS de test');
    expect(answers.join('\n')).not.toContain(API_KEY);
    // Audited by name, never by value.
    const audited = [...auditDetails('settings.secretSet'), ...auditDetails('settings.testSms')];
    expect(audited).toHaveLength(2);
    expect(JSON.parse(audited[0] ?? '{}')).toMatchObject({ secret: 'brevo-api-key' });
    expect(audited.join('\n')).not.toContain(API_KEY);
    expect(audited.join('\n')).not.toContain('0612345678');
  });

  it('shows the last failed send, its kind and the English detail, after a failing test SMS', async () => {
    await start();
    await firstStaff();
    await chooseBrevo();
    await okCall('console.setSmsSecret', { name: 'brevo-api-key', value: API_KEY });
    await start();
    await okCall('console.login', { username: STAFF_USERNAME, password: STAFF_PASSWORD });
    expect((await okCall('console.smsSettings', {})).lastError).toBeNull();

    // …0402: the fake answers Brevo's 402 not_enough_credits.
    const failed = await okCall('console.sendTestSms', { mobile: '06 12 34 04 02' });
    expect(failed).toMatchObject({ sent: false, reason: 'InsufficientCredit' });
    const { lastError } = await okCall('console.smsSettings', {});
    expect(lastError).toMatchObject({ kind: 'InsufficientCredit', provider: 'brevo' });
    expect(lastError?.detail).toMatch(/brevo/i);
    expect(lastError?.detail).not.toContain('0612340402');
    expect(fake.received).toHaveLength(0);
  });

  it('S-RATE-2: the test SMS obeys the per-number limits; a wrong number is refused', async () => {
    await start();
    await firstStaff();
    await chooseBrevo();
    await okCall('console.setSmsSecret', { name: 'brevo-api-key', value: API_KEY });
    await start();
    await okCall('console.login', { username: STAFF_USERNAME, password: STAFF_PASSWORD });
    await okCall('console.sendTestSms', { mobile: '06 12 34 56 78' });
    const again = await call('console.sendTestSms', { mobile: '06 12 34 56 78' });
    expect(errorCode(again)).toBe('SMS_RATE_LIMITED');
    expect(again.ok ? 0 : again.error.details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(errorCode(await call('console.sendTestSms', { mobile: '12' }))).toBe('PHONE_INVALID');
    expect(fake.received).toHaveLength(1);
  });

  it('S-DATA-1: without a keychain, says so and stores the key nowhere', async () => {
    const unavailable = createInMemorySecretStore({}, { unavailable: true });
    await start(unavailable);
    await firstStaff();
    expect((await okCall('console.smsSettings', {})).keychain).toBe('unavailable');
    const refused = await call('console.setSmsSecret', { name: 'brevo-api-key', value: API_KEY });
    expect(errorCode(refused)).toBe('KEYCHAIN_UNAVAILABLE');
    expect(answers.join('\n')).not.toContain(API_KEY);
  });

  it('refuses a pasted key with a line break, and changes nothing', async () => {
    await start();
    await firstStaff();
    const refused = await call('console.setSmsSecret', {
      name: 'brevo-api-key',
      value: `${API_KEY.slice(0, 12)}\n${API_KEY.slice(12)}`,
    });
    expect(refused.ok ? 'ok' : [refused.error.code, refused.error.details?.reason]).toEqual([
      'SECRET_INVALID',
      'control-characters',
    ]);
    expect(store.held['brevo-api-key']).toBeUndefined();
  });

  it('S-SEC-1: every SMS settings channel needs a staff login', async () => {
    await start();
    await firstStaff();
    const parent = 'parent-session';
    expect(errorCode(await call('console.smsSettings', {}, parent))).toBe('STAFF_NOT_LOGGED_IN');
    expect(
      errorCode(
        await call('console.setSmsSecret', { name: 'brevo-api-key', value: API_KEY }, parent),
      ),
    ).toBe('STAFF_NOT_LOGGED_IN');
    expect(
      errorCode(await call('console.deleteSmsSecret', { name: 'brevo-api-key' }, parent)),
    ).toBe('STAFF_NOT_LOGGED_IN');
    expect(errorCode(await call('console.sendTestSms', { mobile: '06 12 34 56 78' }, parent))).toBe(
      'STAFF_NOT_LOGGED_IN',
    );
    expect(store.held['brevo-api-key']).toBeUndefined();
  });
});
