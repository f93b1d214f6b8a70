// Every gateway failure as a parent at "Valider" lives it, with each cloud provider's fake
// behind the kiosk core as the kiosk builds it (createSmsGateway: retries, overall deadline):
// the French sentence shown (never the provider's text), the SMS log entry the secretariat
// reads, how many SMS the provider got, and what a second tap may do (S-RATE-2).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKioskI18n } from '../../../renderer/src/i18n';
import { fr } from '../../../renderer/src/i18n/fr';
import { errorMessage } from '../../../renderer/src/format/error-message';
import { systemClock } from '../../../main/platform/clock';
import { createSmsGateway } from '../../../main/sms/create-sms-gateway';
import type { KioskError } from '../../../shared/result';
import type { SmsFailureReason } from '../../../shared/sms-failure-reasons';
import type { FakeSmsProvider } from '../../fakes/fake-provider-server';
import { createHarness, expectStep, type Harness } from '../core/core-harness';
import {
  CLOUD_PROVIDERS,
  cloudSettings,
  type CloudProviderFixture,
} from './cloud-provider-fixtures';

const { global } = createKioskI18n();
const t = global.t as unknown as (key: string, ...args: unknown[]) => string;

interface SmsLogRow {
  status: string;
  provider: string;
  error_kind: string | null;
  error_detail: string | null;
}

/** Patrick DUPONT, whose mobile in the roster is `mobileE164`; returns what he types. */
function seedParent(h: Harness, mobileE164: string) {
  h.roster.rosterSource('siecle');
  h.roster.school();
  const lea = h.roster.student({ firstName: 'Léa', birthDate: '2014-03-07', className: '6A' });
  const patrick = h.roster.guardian({ familyName: 'DUPONT', firstName: 'Patrick', mobileE164 });
  h.roster.link(patrick, lea);
  const national = `0${mobileE164.slice(3)}`.replace(/(\d{2})(?=\d)/g, '$1 ');
  return { lastName: 'Dupont', firstName: 'Patrick', mobile: national };
}

async function reachConfirm(h: Harness, mobileE164: string): Promise<string> {
  const typed = seedParent(h, mobileE164);
  const start = await h.okCall('activation.start', {});
  await h.okCall('activation.submitIdentity', { flowId: start.flowId, ...typed });
  return start.flowId;
}

async function failedSend(h: Harness, flowId: string): Promise<KioskError> {
  const result = await h.call('activation.confirmSend', { flowId });
  if (result.ok) expect.fail(`confirmSend succeeded: ${JSON.stringify(result.value)}`);
  return result.error;
}

const smsLog = (h: Harness) =>
  h.db
    .prepare('SELECT status, provider, error_kind, error_detail FROM sms_log ORDER BY created_at')
    .all() as SmsLogRow[];

function expectParentSees(error: KioskError, reason: SmsFailureReason) {
  expect(error.code).toBe('SMS_FAILED');
  expect(error.details?.reason).toBe(reason);
  expect(errorMessage(t, error)).toContain(fr.smsFailure[reason]);
}

describe.each(CLOUD_PROVIDERS)(
  'SMS failures at "Valider" through $provider',
  (fixture: CloudProviderFixture) => {
    let fake: FakeSmsProvider;
    let h: Harness;
    const start = (secrets = fixture.secrets) => {
      const { gateway } = createSmsGateway(cloudSettings(fixture, fake), secrets, systemClock);
      h = createHarness({ smsGateway: gateway });
    };

    beforeEach(async () => {
      fake = await fixture.start();
    });
    afterEach(async () => {
      h?.close();
      await fake.close();
    });

    it('sends exactly one SMS whose code the kiosk accepts', async () => {
      start();
      const flowId = await reachConfirm(h, '+33612345678');
      expectStep(await h.okCall('activation.confirmSend', { flowId }), 'code');
      expect(fake.received).toHaveLength(1);
      const code = fake.lastCodeFor('+33612345678');
      const view = await h.okCall('activation.submitCode', { flowId, code: code! });
      expect(view.step).toBe('children');
      expect(smsLog(h)).toEqual([
        { status: 'accepted', provider: fixture.provider, error_kind: null, error_detail: null },
      ]);
    });

    it('invalid number: its own sentence, logged as failed InvalidNumber, nothing sent', async () => {
      start();
      const flowId = await reachConfirm(h, '+33612340000');
      expectParentSees(await failedSend(h, flowId), 'InvalidNumber');
      expect(fake.received).toHaveLength(0);
      const [row] = smsLog(h);
      expect(row).toMatchObject({ status: 'failed', error_kind: 'InvalidNumber' });
      expect(row!.error_detail).toMatch(/refused|invalidReceivers|will not deliver/);
    });

    it('no credit: its own sentence, logged for the secretariat, nothing sent', async () => {
      start();
      const flowId = await reachConfirm(h, '+33612340402');
      expectParentSees(await failedSend(h, flowId), fixture.noCreditKind);
      expect(fake.received).toHaveLength(0);
      expect(smsLog(h)).toMatchObject([{ status: 'failed', error_kind: fixture.noCreditKind }]);
    });

    it('bad credentials: the secretariat sentence; the log names the setting to fix', async () => {
      start(fixture.wrongSecrets);
      const flowId = await reachConfirm(h, '+33612345678');
      expectParentSees(await failedSend(h, flowId), 'Auth');
      expect(fake.received).toHaveLength(0);
      const [row] = smsLog(h);
      expect(row).toMatchObject({ status: 'failed', error_kind: 'Auth' });
      expect(row!.error_detail).toMatch(/KIOSK_/);
    });

    it('rate limited past the deadline: its own sentence; a tap once it is over sends one SMS', async () => {
      start();
      fake.setMode('rate-limit');
      const flowId = await reachConfirm(h, '+33612345678');
      expectParentSees(await failedSend(h, flowId), 'RateLimited');
      expect(fake.received).toHaveLength(0);
      expect(smsLog(h)).toMatchObject([{ status: 'failed', error_kind: 'RateLimited' }]);

      // Refused outright, so nothing can arrive: the parent may tap again at once (S-RATE-2
      // still counts the attempt per number and hour).
      fake.setMode('normal');
      expectStep(await h.okCall('activation.confirmSend', { flowId }), 'code');
      expect(fake.received).toHaveLength(1);
    }, 15_000);

    it('timeout (S-RATE-2): "may be on its way", logged uncertain, one SMS, a new tap sends no second code', async () => {
      // The deadline is 4 s: each attempt gets 2 s, the provider answers after 3.
      start();
      fake.setMode('slow', { delayMs: 3000 });
      const flowId = await reachConfirm(h, '+33612345678');
      expectParentSees(await failedSend(h, flowId), 'Uncertain');
      expect(fake.received).toHaveLength(1);
      const [row] = smsLog(h);
      expect(row).toMatchObject({ status: 'uncertain', error_kind: 'Transient' });
      expect(row!.error_detail).toMatch(/did not answer within 2000 ms/);

      fake.setMode('normal');
      const again = await failedSend(h, flowId);
      expect(again.code).toBe('SMS_RATE_LIMITED');
      expect(fake.received).toHaveLength(1);
    }, 15_000);

    it('5xx at once: the parent is told the service failed (not that it took too long), uncertain, never retried, exactly one request', async () => {
      start();
      fake.setMode('fail-5xx');
      const flowId = await reachConfirm(h, '+33612345678');
      const error = await failedSend(h, flowId);
      expectParentSees(error, 'ProviderError');
      expect(errorMessage(t, error)).not.toMatch(/trop de temps/);
      expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
      expect(smsLog(h)).toMatchObject([{ status: 'uncertain', error_kind: 'ProviderError' }]);
    });

    it('provider down (connection refused): "does not answer", logged failed (surely not sent)', async () => {
      start();
      const url = fake.url;
      await fake.close();
      const flowId = await reachConfirm(h, '+33612345678');
      expectParentSees(await failedSend(h, flowId), 'Transient');
      const [row] = smsLog(h);
      expect(row).toMatchObject({ status: 'failed', error_kind: 'Transient' });
      expect(row!.error_detail).toContain(`unreachable at ${url}`);
      fake = await fixture.start(); // for afterEach
    }, 15_000);
  },
);
