// Enrolling a kiosk as the product runs it: the identifiers a kiosk gave while alone are claimed
// for its school, and a kiosk enrolled while running syncs on its own, without anyone asking.
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  activate,
  PATRICK_DUPONT,
  startKiosk,
  startTestHub,
  type TestHub,
  type TestKiosk,
} from './sync-harness';

let hub: TestHub;
const kiosks: TestKiosk[] = [];
beforeAll(async () => {
  hub = await startTestHub();
}, 60_000);
afterAll(async () => {
  for (const kiosk of kiosks) await kiosk.close();
  await hub.close();
});

it('claims for its school the identifiers a kiosk gave before it joined', async () => {
  const alone = await startKiosk();
  kiosks.push(alone);
  const identifier = await activate(alone, PATRICK_DUPONT, 'Tartine beurrée du matin 47');
  await alone.enrol(hub.url, await hub.enrolmentCode(), 'Accueil');
  const { rows } = await hub.pool.query<{ school_uai: string }>(
    'SELECT school_uai FROM identifiers WHERE identifier = $1',
    [identifier],
  );
  expect(rows).toEqual([{ school_uai: '0000000D' }]);
});

it('a kiosk enrolled while it runs syncs by itself, at once and then on its schedule', async () => {
  const running = await startKiosk({ ownLoop: true });
  kiosks.push(running);
  expect(running.composed.sync.status()).toEqual({ enrolled: false });
  await running.enrol(hub.url, await hub.enrolmentCode(), 'Hall');
  const deadline = Date.now() + 15_000;
  let status = running.composed.sync.status();
  while (Date.now() < deadline && !(status.enrolled && status.lastSuccessAt)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    status = running.composed.sync.status();
  }
  expect(status).toMatchObject({
    enrolled: true,
    lastSuccessAt: expect.any(String),
    waitingEvents: 0,
    nextTryAt: expect.any(String),
  });
});
