// The secretariat's SMS diagnostics (issue 4, settings screen): the last failure read back from
// the SMS log, and a test SMS through the real gateway path, against the Brevo fake.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../main/config/kiosk-config';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import { systemClock } from '../../../main/platform/clock';
import { createSmsGateway } from '../../../main/sms/create-sms-gateway';
import { createSmsDiagnostics, testSmsText } from '../../../main/sms/sms-diagnostics';
import type { FakeSmsProvider } from '../../fakes/fake-provider-server';
import { CLOUD_PROVIDERS, cloudSettings } from './cloud-provider-fixtures';

const brevo = CLOUD_PROVIDERS.find((fixture) => fixture.provider === 'brevo')!;
const settings = settingsSchema.parse({});
let fake: FakeSmsProvider;
let db: KioskDatabase;

function diagnostics(secrets = brevo.secrets) {
  const { gateway } = createSmsGateway(cloudSettings(brevo, fake), secrets, systemClock);
  return createSmsDiagnostics({ db, gateway, clock: systemClock, settings });
}

const logRows = () =>
  db.prepare('SELECT purpose, flow_id, status, error_kind, provider FROM sms_log').all();

beforeEach(async () => {
  fake = await brevo.start();
  db = openDatabase(':memory:');
});
afterEach(async () => {
  db.close();
  await fake.close();
});

describe('SMS diagnostics for the secretariat', () => {
  it('has no last error on a fresh kiosk', () => {
    expect(diagnostics().lastError()).toBeNull();
  });

  it('sends a test SMS through the configured provider and logs it without its text', async () => {
    const outcome = await diagnostics().sendTestSms('06 12 34 56 78');
    expect(outcome).toEqual({
      ok: true,
      provider: 'brevo',
      providerMessageId: fake.received[0]!.id,
      to: expect.stringMatching(/78$/),
    });
    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]!.to).toBe('33612345678');
    expect(fake.received[0]!.text).toBe(testSmsText(settings.serviceName));
    expect(logRows()).toEqual([
      { purpose: 'test', flow_id: null, status: 'accepted', error_kind: null, provider: 'brevo' },
    ]);
  });

  it('refuses a number that is not one, sending and logging nothing', async () => {
    expect(await diagnostics().sendTestSms('12')).toEqual({ ok: false, reason: 'InvalidPhone' });
    expect(fake.received).toHaveLength(0);
    expect(logRows()).toEqual([]);
  });

  it('applies the per-number gap to test SMS too (S-RATE-2): a second one at once is refused', async () => {
    const tool = diagnostics();
    expect((await tool.sendTestSms('06 12 34 56 78')).ok).toBe(true);
    const again = await tool.sendTestSms('+33612345678');
    expect(again).toMatchObject({ ok: false, reason: 'LimitReached' });
    expect(fake.received).toHaveLength(1);
  });

  it('reports bad credentials as the test outcome and as the last error, in English', async () => {
    const tool = diagnostics(brevo.wrongSecrets);
    const outcome = await tool.sendTestSms('06 12 34 56 78');
    expect(outcome).toMatchObject({ ok: false, reason: 'Auth', uncertain: false });
    const last = tool.lastError();
    expect(last).toMatchObject({ kind: 'Auth', provider: 'brevo', status: 'failed' });
    expect(last!.detail).toMatch(
      /Brevo refused the API key \(HTTP 401 unauthorized\).*KIOSK_BREVO_API_KEY/,
    );
    expect(Date.parse(last!.at)).not.toBeNaN();
    expect(fake.received).toHaveLength(0);
  });

  it('gives the most recent failure when there were several', async () => {
    const tool = diagnostics();
    await tool.sendTestSms('06 12 34 00 00'); // invalid for the provider
    await new Promise((resolve) => setTimeout(resolve, 5));
    await tool.sendTestSms('06 12 34 04 02'); // no credit
    expect(tool.lastError()).toMatchObject({ kind: 'InsufficientCredit' });
  });
});
