// Delivery status polled from the providers that allow it (a kiosk gets no callbacks) and
// recorded in the SMS log: Twilio and the Android phone, against their fakes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import { createSmsLog } from '../../../main/sms/sms-log';
import { systemClock } from '../../../main/platform/clock';
import { createAndroidGateway } from '../../../main/sms/android-gateway';
import { createRealGateway } from '../../../main/sms/create-sms-gateway';
import { createDeliveryStatusPoller } from '../../../main/sms/delivery-status-poller';
import type { SmsGateway } from '../../../main/sms/sms-gateway';
import { startFakeAndroidGateway, type FakeAndroidGateway } from '../../fakes/fake-android-gateway';
import { startFakeTwilio, type FakeTwilio } from '../../fakes/fake-twilio';
import { CLOUD_PROVIDERS, cloudSettings } from './cloud-provider-fixtures';

const twilioFixture = CLOUD_PROVIDERS.find((fixture) => fixture.provider === 'twilio')!;
let db: KioskDatabase;
let twilioFake: FakeTwilio;
let phone: FakeAndroidGateway;
let twilio: SmsGateway;
let android: SmsGateway;
let seq = 0;

/** Sends as the core does: logged pending, then accepted with the provider's id. */
async function sendLogged(gateway: SmsGateway, at = new Date()): Promise<string> {
  const log = createSmsLog(db);
  const id = `sms-${++seq}`;
  log.insertPending({
    id,
    at,
    flowId: null,
    purpose: 'test',
    phoneE164: '+33612345678',
    provider: gateway.provider,
  });
  const receipt = await gateway.send({ to: '+33612345678', text: 'Code 482913', clientId: id });
  log.markAccepted(id, receipt.providerMessageId);
  return receipt.providerMessageId;
}

const rows = () =>
  db
    .prepare(
      'SELECT provider, delivery_status, delivery_error, delivery_checked_at FROM sms_log ORDER BY id',
    )
    .all() as Array<Record<string, string | null>>;

beforeEach(async () => {
  db = openDatabase(':memory:');
  twilioFake = (await twilioFixture.start()) as FakeTwilio;
  phone = await startFakeAndroidGateway({ username: 'sms', password: 'pw' });
  twilio = createRealGateway(
    'twilio',
    cloudSettings(twilioFixture, twilioFake),
    twilioFixture.secrets,
    2000,
  );
  android = createAndroidGateway({
    baseUrl: phone.url,
    username: 'sms',
    password: 'pw',
    timeoutMs: 2000,
  });
});
afterEach(async () => {
  db.close();
  await twilioFake.close();
  await phone.close();
});

const poller = (gateways: SmsGateway[]) =>
  createDeliveryStatusPoller({
    db,
    gateways: new Map(gateways.map((gateway) => [gateway.provider, gateway])),
    clock: systemClock,
  });

describe('delivery status polling', () => {
  it('records what Twilio and the phone say, and stops asking once it is final', async () => {
    const sid = await sendLogged(twilio);
    const phoneId = await sendLogged(android);
    const polling = poller([twilio, android]);

    expect(await polling.pollOnce()).toBe(2);
    expect(rows().map((row) => row.delivery_status)).toEqual(['queued', 'Pending']);

    twilioFake.setMessageStatus(sid, 'delivered');
    phone.setMessageState(phoneId, 'Failed', 'RESULT_ERROR_GENERIC_FAILURE for +33612345678');
    expect(await polling.pollOnce()).toBe(2);
    const [fromTwilio, fromPhone] = rows();
    expect(fromTwilio).toMatchObject({
      provider: 'twilio',
      delivery_status: 'delivered',
      delivery_error: null,
    });
    expect(fromPhone).toMatchObject({ provider: 'android-gateway', delivery_status: 'Failed' });
    // The phone's reason is kept for the secretariat, without the full number.
    expect(fromPhone!.delivery_error).toMatch(/RESULT_ERROR_GENERIC_FAILURE for ••78/);
    expect(Date.parse(fromTwilio!.delivery_checked_at!)).not.toBeNaN();

    const before = twilioFake.requests.length + phone.requests.length;
    expect(await polling.pollOnce()).toBe(0);
    expect(twilioFake.requests.length + phone.requests.length).toBe(before);
  });

  it("records Twilio's error code when it could not deliver", async () => {
    const sid = await sendLogged(twilio);
    twilioFake.setMessageStatus(sid, 'undelivered', 30003);
    await poller([twilio]).pollOnce();
    expect(rows()[0]).toMatchObject({
      delivery_status: 'undelivered',
      delivery_error: 'Twilio error 30003',
    });
  });

  it('leaves alone SMS older than an hour and providers it cannot ask', async () => {
    await sendLogged(twilio, new Date(Date.now() - 2 * 3600 * 1000));
    expect(await poller([twilio]).pollOnce()).toBe(0);
    await sendLogged(twilio);
    expect(await poller([]).pollOnce()).toBe(0);
    expect(rows().every((row) => row.delivery_status === null)).toBe(true);
  });

  it('keeps the row as it was when the provider cannot answer, and says why in the log', async () => {
    await sendLogged(twilio);
    await twilioFake.close();
    const lines: string[] = [];
    const polling = createDeliveryStatusPoller({
      db,
      gateways: new Map([['twilio', twilio]]),
      clock: systemClock,
      log: (line) => lines.push(line),
    });
    expect(await polling.pollOnce()).toBe(0);
    expect(rows()[0]!.delivery_status).toBeNull();
    expect(lines[0]).toMatch(
      /Delivery status of SMS sms-\d+ \(twilio\) not read: Twilio (unreachable|connection failed)/,
    );
    twilioFake = await startFakeTwilio({ accountSid: 'x', authToken: 'y', senders: [] }); // for afterEach
  });
});
