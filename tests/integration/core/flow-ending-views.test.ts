// Issue 12: a refusal that ends a flow carries the ended view the main process decided
// (error.flowView), with the reason of the flow's own record; the renderer shows it as it comes
// instead of rebuilding it from the error code. A refusal the parent can correct carries none.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  childNamed,
  createHarness,
  PATRICK_IDENTITY,
  reachChildrenStep,
  reachCodeStep,
  seedDupontFamily,
  type Harness,
} from './core-harness';
import { requestRecoveryCode } from './recovery-harness';

let h: Harness;
beforeEach(() => {
  h = createHarness();
  seedDupontFamily(h);
});
afterEach(() => h.close());

const endedWith = (flowId: string, code: string, reason: string) => ({
  ok: false,
  error: { code, flowView: { flowId, step: 'ended', reason } },
});

describe('refusals that end a flow carry its ended view', () => {
  it('an expired code (S-OTP-2): ended "expired", the seed\'s "start again for a new code"', async () => {
    const flowId = await reachCodeStep(h);
    h.clock.advanceSeconds(h.settings.codeTtlSeconds + 1);
    expect(await h.call('activation.submitCode', { flowId, code: '000000' })).toMatchObject(
      endedWith(flowId, 'CODE_EXPIRED', 'expired'),
    );
  });

  it('a timed-out attempt: ended "flow-expired", told apart from an expired code', async () => {
    const flowId = await reachCodeStep(h);
    h.clock.advanceSeconds(h.settings.flowTtlSeconds + 1);
    expect(await h.call('activation.resendCode', { flowId })).toMatchObject(
      endedWith(flowId, 'FLOW_EXPIRED', 'flow-expired'),
    );
  });

  it('S-OTP-5 too many codes, then FLOW_ENDED with the reason of the flow itself', async () => {
    const flowId = await reachCodeStep(h);
    for (let i = 1; i < 5; i += 1) {
      const wrong = await h.call('activation.submitCode', { flowId, code: '000000' });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'CODE_INVALID' } });
      expect(wrong.ok || wrong.error.flowView).toBeUndefined();
    }
    expect(await h.call('activation.submitCode', { flowId, code: '000000' })).toMatchObject(
      endedWith(flowId, 'CODE_TOO_MANY_ATTEMPTS', 'too-many-codes'),
    );
    expect(await h.call('activation.submitCode', { flowId, code: '000000' })).toMatchObject(
      endedWith(flowId, 'FLOW_ENDED', 'too-many-codes'),
    );
  });

  it('S-ENUM-3 too many birth dates: ended "too-many-birthdates"', async () => {
    const { flowId, children } = await reachChildrenStep(h);
    const lea = childNamed(children, 'Léa');
    const answer = () =>
      h.call('activation.answerChild', {
        flowId,
        childKey: lea.childKey,
        isLegalGuardian: true,
        birthDate: '01/01/2001',
      });
    expect(await answer()).toMatchObject({ error: { code: 'BIRTHDATE_MISMATCH' } });
    expect(await answer()).toMatchObject({ error: { code: 'BIRTHDATE_MISMATCH' } });
    expect(await answer()).toMatchObject(
      endedWith(flowId, 'BIRTHDATE_TOO_MANY_ATTEMPTS', 'too-many-birthdates'),
    );
  });

  it('S-RATE-1 a guardian locked meanwhile: ended "guardian-locked"', async () => {
    const flowId = await reachCodeStep(h);
    h.db.prepare("UPDATE guardians SET locked_at = '2025-01-01T00:00:00Z'").run();
    expect(await h.call('activation.submitCode', { flowId, code: '000000' })).toMatchObject(
      endedWith(flowId, 'GUARDIAN_LOCKED', 'guardian-locked'),
    );
  });

  it('a recovery ends with a recovery view (its kind kept)', async () => {
    const { flowId } = await requestRecoveryCode(h, 'identifier', PATRICK_IDENTITY);
    h.clock.advanceSeconds(h.settings.codeTtlSeconds + 1);
    expect(await h.call('recovery.submitCode', { flowId, code: '000000' })).toMatchObject({
      ok: false,
      error: {
        code: 'CODE_EXPIRED',
        flowView: { flowId, kind: 'identifier', step: 'ended', reason: 'expired' },
      },
    });
  });
});

describe('refusals the parent can correct carry no view', () => {
  it('IDENTITY_MISMATCH (back to the form) and FLOW_NOT_FOUND (no flow to show)', async () => {
    const start = await h.okCall('activation.start', {});
    await h.okCall('activation.submitIdentity', {
      flowId: start.flowId,
      ...PATRICK_IDENTITY,
      lastName: 'Durand',
    });
    const mismatch = await h.call('activation.confirmSend', { flowId: start.flowId });
    expect(mismatch).toMatchObject({ ok: false, error: { code: 'IDENTITY_MISMATCH' } });
    expect(mismatch.ok || mismatch.error.flowView).toBeUndefined();
    const lost = await h.call('activation.back', { flowId: start.flowId }, 'another-session');
    expect(lost).toMatchObject({ ok: false, error: { code: 'FLOW_NOT_FOUND' } });
    expect(lost.ok || lost.error.flowView).toBeUndefined();
  });
});
