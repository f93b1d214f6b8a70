// Issue 3 (trial): a new data directory started with the school's real SMS gateway still holds
// the demo roster, whose fictional families' numbers may belong to real people. No parent flow
// may reach the gateway then; the console's test SMS (a number the staff types) still does, and
// the screen and the start-up message say why nothing is sent.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { composeKiosk, type ComposedKiosk } from '../../../main/app/compose-kiosk';
import { databasePath } from '../../../main/database/database-location';
import { openDatabase } from '../../../main/database/open-database';
import { systemClock } from '../../../main/platform/clock';
import { importRosterFiles } from '../../../main/roster/import-roster-files';
import { startFakeAndroidGateway, type FakeAndroidGateway } from '../../fakes/fake-android-gateway';
import { createInMemorySecretStore } from '../../fakes/in-memory-secret-store';
import { writeFixturePair } from '../../fixtures/siecle/siecle-fixture-files';
import {
  setupCodeFromStartupLog,
  STAFF_NAME,
  STAFF_PASSWORD,
  STAFF_USERNAME,
} from '../console/console-harness';

const PEPPER = 'a-pepper-of-at-least-thirty-two-characters!';
/** A demo family (main/demo/demo-roster.ts) as a parent types it. */
const DUPONT = { lastName: 'Dupont', firstName: 'Patrick', mobile: '06 12 34 56 02' };
const PARENT = 'parent-session';
const STAFF = 'staff-session';

type Outcome = { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };

describe('a real SMS gateway while the demo roster is loaded', () => {
  let gateway: FakeAndroidGateway;
  let dataDir: string;
  let kiosk: ComposedKiosk;
  let warn: ReturnType<typeof vi.spyOn>;

  const call = (channel: string, request: Record<string, unknown>, sessionId = PARENT) => {
    const handler = kiosk.handlers[channel as keyof typeof kiosk.handlers] as (
      context: { sessionId: string },
      request: unknown,
    ) => Promise<Outcome>;
    return handler({ sessionId }, request);
  };
  const flowIdOf = (outcome: Outcome) => String(outcome.value?.flowId);
  const messagePosts = () =>
    gateway.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/message'));

  beforeAll(async () => {
    gateway = await startFakeAndroidGateway({ username: 'sms', password: 'right' });
  });
  afterAll(() => gateway.close());

  beforeEach(async () => {
    gateway.received.length = 0;
    gateway.requests.length = 0;
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    dataDir = mkdtempSync(join(tmpdir(), 'kiosk-real-gateway-demo-'));
    kiosk = await composeKiosk({
      dataDir,
      env: {
        KIOSK_PASSWORD_PEPPER: PEPPER,
        KIOSK_SMS_PROVIDER: 'android-gateway',
        KIOSK_SMS_URL: gateway.url,
        KIOSK_SMS_USERNAME: 'sms',
        KIOSK_SMS_PASSWORD: 'right',
        KIOSK_IDENTITY_RESPONSE_FLOOR_MS: '0',
      },
      secretStore: createInMemorySecretStore(),
    });
  });
  afterEach(() => {
    kiosk.close();
    warn.mockRestore();
  });

  it('activating a demo family sends nothing: the parent sees SMS_NOT_CONFIGURED, the log says why', async () => {
    expect(kiosk.demoMode).toBe(true);
    const flowId = flowIdOf(await call('activation.start', {}));
    await call('activation.submitIdentity', { flowId, ...DUPONT });
    expect(await call('activation.confirmSend', { flowId })).toMatchObject({
      ok: false,
      error: { code: 'SMS_NOT_CONFIGURED' },
    });
    expect(messagePosts()).toEqual([]);
    expect(gateway.received).toEqual([]);
    const logged = warn.mock.calls.flat().join('\n');
    expect(logged).toMatch(/real SMS gateway is configured but the demo roster is still loaded/);
    expect(logged).not.toMatch(/612345602|Dupont/i);
  });

  it('"Identifiant perdu" for a demo family sends nothing either', async () => {
    const flowId = flowIdOf(await call('recovery.start', { kind: 'identifier' }));
    await call('recovery.submitIdentity', { flowId, ...DUPONT });
    expect(await call('recovery.confirmSend', { flowId })).toMatchObject({
      ok: false,
      error: { code: 'SMS_NOT_CONFIGURED' },
    });
    expect(messagePosts()).toEqual([]);
  });

  it('the kiosk status tells the screen, and the start-up check says to import the roster', async () => {
    expect(await call('kiosk.status', {})).toMatchObject({
      ok: true,
      value: { demoMode: true, realGatewayOnDemoRoster: true },
    });
    const readiness = await kiosk.checkSms();
    expect(readiness.ready).toBe(false);
    expect(readiness.message).toMatch(
      /answers and accepts the credentials\. But the demo roster is still loaded: no SMS is sent.*Import the school's roster/,
    );
    expect(messagePosts()).toEqual([]);
  });

  it('the console’s test SMS to a number the staff types still goes through the gateway', async () => {
    await call(
      'console.createFirstStaff',
      {
        username: STAFF_USERNAME,
        displayName: STAFF_NAME,
        password: STAFF_PASSWORD,
        confirmation: STAFF_PASSWORD,
        setupCode: setupCodeFromStartupLog(kiosk.notices),
      },
      STAFF,
    );
    const sent = await call('console.sendTestSms', { mobile: '07 68 12 34 90' }, STAFF);
    expect(sent, JSON.stringify(sent)).toMatchObject({ ok: true });
    expect(gateway.received.map((sms) => sms.phoneNumbers)).toEqual([['+33768123490']]);
  });

  it('once the school’s roster is imported, its parents’ codes go out', async () => {
    const db = openDatabase(databasePath(dataDir));
    try {
      const pair = writeFixturePair();
      await importRosterFiles(db, [pair.students, pair.guardians], { clock: systemClock });
    } finally {
      db.close();
    }
    expect(await call('kiosk.status', {})).toMatchObject({
      value: { demoMode: false, realGatewayOnDemoRoster: false },
    });
    const flowId = flowIdOf(await call('activation.start', {}));
    await call('activation.submitIdentity', {
      flowId,
      lastName: 'Lefèvre',
      firstName: 'Anne-Cécile',
      mobile: '06 12 34 56 78',
    });
    expect(await call('activation.confirmSend', { flowId })).toMatchObject({ ok: true });
    expect(gateway.received.map((sms) => sms.phoneNumbers)).toEqual([['+33612345678']]);
  });
});
