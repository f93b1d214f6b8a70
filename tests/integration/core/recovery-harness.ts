// Recovery walks over the core harness: each helper drives the channels as the screens do.
import { expect } from 'vitest';
import type { ResponseOf } from '../../../shared/ipc-contract';
import type { RecoveryKind } from '../../../shared/recovery-view';
import type { Harness } from './core-harness';

type RecoveryView = ResponseOf<'recovery.start'>;
export type RecoveryViewAt<S extends RecoveryView['step']> = Extract<RecoveryView, { step: S }>;

export function expectRecoveryStep<S extends RecoveryView['step']>(
  view: RecoveryView,
  step: S,
): RecoveryViewAt<S> {
  expect(view.step).toBe(step);
  return view as RecoveryViewAt<S>;
}

export interface TypedRecoveryIdentity {
  identifier?: string;
  lastName?: string;
  firstName?: string;
  mobile?: string;
}

/** Start → identity → "Valider": returns the flow id and the code-step view. */
export async function requestRecoveryCode(
  h: Harness,
  kind: RecoveryKind,
  typed: TypedRecoveryIdentity,
  sessionId = 'session-1',
) {
  const start = await h.okCall('recovery.start', { kind }, sessionId);
  expectRecoveryStep(
    await h.okCall('recovery.submitIdentity', { flowId: start.flowId, ...typed }, sessionId),
    'confirm-send',
  );
  const view = expectRecoveryStep(
    await h.okCall('recovery.confirmSend', { flowId: start.flowId }, sessionId),
    'code',
  );
  return { flowId: start.flowId, view };
}

/** The recovery code in the last SMS to `phone`, as the parent would read it. */
export function lastRecoveryCode(h: Harness, phone: string): string {
  const pattern = /code de récupération est (\d{6})\./u;
  const sms = [...h.sms.sent].reverse().find((m) => m.to === phone && pattern.test(m.text));
  const code = sms ? pattern.exec(sms.text)?.[1] : undefined;
  if (!code) throw new Error(`No recovery code sent to ${phone}`);
  return code;
}
