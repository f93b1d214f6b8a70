import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKioskCore } from '../../../main/core/create-kiosk-core';
import {
  activateFully,
  createHarness,
  DUPONT_BIRTH_DATES,
  PATRICK_IDENTITY,
  reachCodeStep,
  seedDupontFamily,
  type Harness,
} from './core-harness';

const PERSONAL = `SELECT state, ended_reason, typed_last_name, typed_first_name, phone_e164, code_hmac,
                         children, reserved_identifier FROM flows WHERE id = ?`;
const SWEPT = {
  state: 'ended',
  ended_reason: 'flow-expired',
  typed_last_name: null,
  typed_first_name: null,
  phone_e164: null,
  code_hmac: null,
  children: null,
  reserved_identifier: null,
};

describe('S-DATA-2 sweep of flows nobody touches again', () => {
  let h: Harness | undefined;
  afterEach(() => {
    h?.close();
    h = undefined;
    vi.useRealTimers();
  });

  it('S-DATA-2 ends expired flows and clears their personal columns every minute', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    h = createHarness();
    seedDupontFamily(h);
    const stale = await reachCodeStep(h);
    const typedOnly = await h.okCall('activation.start', {}, 'session-2');
    await h.okCall(
      'activation.submitIdentity',
      { flowId: typedOnly.flowId, ...PATRICK_IDENTITY },
      'session-2',
    );
    h.clock.advanceSeconds(h.settings.flowTtlSeconds - 60);
    const fresh = await h.okCall('activation.start', {}, 'session-3');

    vi.advanceTimersByTime(60_000);
    expect(h.db.prepare('SELECT state FROM flows WHERE id = ?').get(stale)).toEqual({
      state: 'code',
    }); // not yet: one minute of its lifetime left

    h.clock.advanceSeconds(60);
    vi.advanceTimersByTime(60_000);
    expect(h.db.prepare(PERSONAL).get(stale)).toEqual(SWEPT);
    expect(h.db.prepare(PERSONAL).get(typedOnly.flowId)).toEqual(SWEPT);
    expect(h.db.prepare('SELECT state FROM flows WHERE id = ?').get(fresh.flowId)).toEqual({
      state: 'identity',
    });
    expect(
      h.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'activation.expired'").get(),
    ).toEqual({ n: 2 });

    // close() stops the timer.
    expect(vi.getTimerCount()).toBe(1);
    h.close();
    h = undefined;
    expect(vi.getTimerCount()).toBe(0);
  });

  it('S-DATA-2 sweeps at start-up what expired while the kiosk was off', async () => {
    h = createHarness();
    seedDupontFamily(h);
    const flowId = await reachCodeStep(h);
    h.core.close(); // the kiosk stops
    h.clock.advanceSeconds(h.settings.flowTtlSeconds);
    const restarted = createKioskCore({
      db: h.db,
      settings: h.settings,
      clock: h.clock,
      smsGateway: h.sms,
      codeHmacKey: Buffer.from('test code hmac key'),
      passwordPepper: Buffer.from('test pepper'),
      passwordHashing: { N: 2 ** 10, r: 8, p: 1 },
    });
    try {
      expect(h.db.prepare(PERSONAL).get(flowId)).toEqual(SWEPT);
    } finally {
      restarted.close();
    }
  });

  const restart = (harness: Harness) => {
    harness.core.close(); // the kiosk stops
    return createKioskCore({
      db: harness.db,
      settings: harness.settings,
      clock: harness.clock,
      smsGateway: harness.sms,
      codeHmacKey: Buffer.from('another process, another key'),
      passwordPepper: Buffer.from('test pepper'),
      passwordHashing: { N: 2 ** 10, r: 8, p: 1 },
    });
  };

  it('ends every open flow at start-up: a code sent before a restart means "start again", not "wrong code"', async () => {
    h = createHarness();
    seedDupontFamily(h);
    const flowId = await reachCodeStep(h);
    const code = h.sms.lastCode();
    h.clock.advanceSeconds(120); // a quick restart: the flow is far from expired
    const restarted = restart(h);
    try {
      expect(h.db.prepare(PERSONAL).get(flowId)).toEqual({ ...SWEPT, ended_reason: 'abandoned' });
      expect(
        await restarted.handlers['activation.submitCode'](
          { sessionId: 'session-1' },
          {
            flowId,
            code,
          },
        ),
      ).toEqual({
        ok: false,
        error: {
          code: 'FLOW_ENDED',
          message: 'The flow has ended',
          details: { reason: 'abandoned' },
          // The ended screen, as the main process decided it (issue 12).
          flowView: expect.objectContaining({ flowId, step: 'ended', reason: 'abandoned' }),
        },
      });
      expect(
        h.db
          .prepare("SELECT details FROM audit_log WHERE action = 'activation.ended-at-start'")
          .pluck()
          .all()
          .map((d) => JSON.parse(d as string)),
      ).toEqual([{ flowId, reason: 'abandoned' }]);
    } finally {
      restarted.close();
    }
  });

  it('S-DATA-2 deletes closed flows a day after they ended, and SMS log rows after 90 days', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    h = createHarness();
    seedDupontFamily(h);
    await activateFully(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, 'cheval pomme verte');
    const abandoned = await h.okCall('activation.start', {}, 'session-2');
    await h.okCall('activation.abandon', { flowId: abandoned.flowId }, 'session-2');
    const open = await h.okCall('activation.start', {}, 'session-3');
    const flows = () => h?.db.prepare('SELECT id, state FROM flows ORDER BY created_at').all();
    const smsCount = () => h?.db.prepare('SELECT count(*) FROM sms_log').pluck().get();
    expect(flows()).toHaveLength(3);

    h.clock.advanceSeconds(24 * 3600 - 60);
    vi.advanceTimersByTime(60_000);
    expect(flows()).toHaveLength(3); // the closed ones ended less than a day ago
    h.clock.advanceSeconds(61);
    vi.advanceTimersByTime(60_000);
    // Only the open one is left (the sweep ended it as expired: it ends tomorrow).
    expect(flows()).toEqual([{ id: open.flowId, state: 'ended' }]);
    expect(smsCount()).toBe(1);

    h.clock.advanceSeconds(89 * 24 * 3600 - 120);
    vi.advanceTimersByTime(60_000);
    expect(smsCount()).toBe(1);
    h.clock.advanceSeconds(120);
    vi.advanceTimersByTime(60_000);
    expect(smsCount()).toBe(0);
    expect(flows()).toEqual([]);
    // The audit log and the sync journal are append-only: retention never touches them.
    expect(h.db.prepare('SELECT count(*) FROM events').pluck().get()).toBeGreaterThan(0);
  });
});
