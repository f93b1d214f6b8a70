// The "ended" screen a refusal leads to (issue 12): the main process sends the ended view with
// a refusal that ended the flow; the stores show it as it comes, and no longer rebuild it from
// error codes. Replaces the tests of the renderer's own ENDING_ERRORS tables.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActivationView } from '../../../shared/activation-view';
import type { RecoveryView } from '../../../shared/recovery-view';
import type { KioskError } from '../../../shared/result';
import { setBridgeForTests } from '../../../renderer/src/bridge/kiosk-client';
import { useActivationStore } from '../../../renderer/src/stores/activation';
import { useRecoveryStore } from '../../../renderer/src/stores/recovery';

beforeEach(() => setActivePinia(createPinia()));

const base = { flowId: 'f1', expiresAt: '2026-09-01T09:00:00.000Z' };
const codeView: ActivationView = {
  ...base,
  step: 'code',
  code: {
    maskedPhone: '06 •• •• •• 78',
    sentAt: '2026-09-01T08:00:00.000Z',
    expiresAt: '2026-09-01T08:30:00.000Z',
    validityMinutes: 30,
    resendAvailableAt: '2026-09-01T08:01:00.000Z',
    remainingAttempts: 5,
  },
};

/** A bridge whose start answers `started` and whose every other call is refused with `error`. */
function refusingBridge(started: unknown, error: KioskError) {
  setBridgeForTests({
    invoke: async (channel: string) =>
      (channel.endsWith('.start') ? { ok: true, value: started } : { ok: false, error }) as never,
  });
}

describe('the activation store after a refusal', () => {
  it('shows the ended view the main process sent, with its reason, not a guess', async () => {
    const ended: ActivationView = { ...base, step: 'ended', reason: 'guardian-locked' };
    refusingBridge(codeView, { code: 'FLOW_ENDED', message: '', flowView: ended });
    const activation = useActivationStore();
    await activation.start();
    await activation.submitCode('123456');
    expect(activation.view).toEqual(ended);
    expect(activation.error).toBeNull();
  });

  it('a flow the kiosk no longer knows (restarted): the "flow-expired" ending', async () => {
    refusingBridge(codeView, { code: 'FLOW_NOT_FOUND', message: '' });
    const activation = useActivationStore();
    await activation.start();
    await activation.submitCode('123456');
    expect(activation.view).toEqual({ ...base, step: 'ended', reason: 'flow-expired' });
  });

  it('leaves the parent on the screen for an error they can correct', async () => {
    refusingBridge(codeView, {
      code: 'CODE_INVALID',
      message: '',
      details: { remainingAttempts: 4 },
    });
    const activation = useActivationStore();
    await activation.start();
    await activation.submitCode('123456');
    expect(activation.view).toEqual(codeView);
    expect(activation.error).toMatchObject({ code: 'CODE_INVALID' });
  });

  it('IDENTITY_MISMATCH: back on the identity form, the message shown there', async () => {
    const confirm: ActivationView = { ...base, step: 'confirm-send', maskedPhone: '06' };
    refusingBridge(confirm, { code: 'IDENTITY_MISMATCH', message: '' });
    const activation = useActivationStore();
    await activation.start();
    await activation.confirmSend();
    expect(activation.view).toEqual({ ...base, step: 'identity' });
    expect(activation.error).toMatchObject({ code: 'IDENTITY_MISMATCH' });
  });
});

describe('the recovery store after a refusal', () => {
  const recoveryCode: RecoveryView = {
    ...base,
    kind: 'password',
    step: 'code',
    code: {
      maskedPhone: null,
      expiresAt: '2026-09-01T08:30:00.000Z',
      validityMinutes: 30,
      resendAvailableAt: '2026-09-01T08:01:00.000Z',
      remainingAttempts: 5,
    },
  };

  it('shows the ended view the main process sent (a recovery reason)', async () => {
    const ended: RecoveryView = {
      ...base,
      kind: 'password',
      step: 'ended',
      reason: 'too-many-codes',
    };
    refusingBridge(recoveryCode, { code: 'CODE_TOO_MANY_ATTEMPTS', message: '', flowView: ended });
    const recovery = useRecoveryStore();
    await recovery.start('password');
    await recovery.submitCode('123456');
    expect(recovery.view).toEqual(ended);
    expect(recovery.error).toBeNull();
  });

  it('a flow the kiosk no longer knows keeps its kind (so "Recommencer" starts the same one)', async () => {
    refusingBridge(recoveryCode, { code: 'FLOW_NOT_FOUND', message: '' });
    const recovery = useRecoveryStore();
    await recovery.start('password');
    await recovery.submitCode('123456');
    expect(recovery.view).toEqual({
      ...base,
      kind: 'password',
      step: 'ended',
      reason: 'flow-expired',
    });
  });

  it('leaves the parent on the screen for an error they can correct', async () => {
    refusingBridge(recoveryCode, { code: 'CODE_INVALID', message: '' });
    const recovery = useRecoveryStore();
    await recovery.start('password');
    await recovery.submitCode('123456');
    expect(recovery.view).toEqual(recoveryCode);
  });
});
