import type { ActivationView } from '../../../shared/activation-view';
import type { RequestOf } from '../../../shared/ipc-contract';
import { fail, ok, type Result } from '../../../shared/result';
import type { CallContext } from '../../ipc/ipc-handlers';
import { auditStep, type ActivationContext } from './activation-context';
import { checkSmsLimits, deliverCode, logPendingCode } from '../sms-code-step/code-sender';
import { markAlreadyActivated } from './already-activated';
import {
  checkResendAllowed,
  codeExpired,
  consumeRightCode,
  endExpiredCode,
  newFlowChild,
  recordWrongCode,
} from '../sms-code-step/code-rules';
import type { FlowChild } from '../identity-checks/flow-children';
import type { FlowRow } from '../engine/flow-repository';
import { runFlowStep, viewOf } from '../engine/flow-machine';
import { normaliseTypedCode, otpCodeMatches } from '../sms-code-step/otp-code';

/** "Renvoyer le code": same limits as the first send; the failure count is kept (S-OTP-5). */
export async function resendCode(
  context: ActivationContext,
  call: CallContext,
  request: RequestOf<'activation.resendCode'>,
): Promise<Result<ActivationView>> {
  const prepared = runFlowStep(context, call, request.flowId, ['code'], (flow, now) => {
    // S-OTP-2: after expiry the person restarts from the identity form, no new code.
    const resendable = checkResendAllowed(context, flow, now, 'activation');
    if (!resendable.ok) return resendable;
    const allowed = checkSmsLimits(context, flow.id, flow.phone_e164 ?? '', now);
    if (!allowed.ok) return allowed;
    return ok(logPendingCode(context, flow, now));
  });
  if (!prepared.ok) return prepared;
  return deliverCode(context, request.flowId, 'code', prepared.value);
}

/** Every enrolled student any of the flow's guardians is legal guardian of, once each. */
const childrenOfGuardians = (context: ActivationContext, guardianIds: number[]): FlowChild[] =>
  context.roster.childrenOf(guardianIds).map(newFlowChild);

function acceptCode(context: ActivationContext, flow: FlowRow, now: Date): Result<ActivationView> {
  const consumed = consumeRightCode(context, flow, now);
  if (!consumed.ok) return consumed;
  const guardianIds = consumed.value;
  const alreadyActivated = markAlreadyActivated(context, flow, now);
  if (alreadyActivated) return ok(alreadyActivated);
  const updated = context.flows.update(flow.id, now, {
    state: 'children',
    code_hmac: null,
    children: JSON.stringify(childrenOfGuardians(context, guardianIds)),
  });
  auditStep(context, now, 'activation.code-accepted', flow.id, guardianIds[0] ?? null);
  return ok(viewOf(context, updated));
}

export function submitCode(
  context: ActivationContext,
  call: CallContext,
  request: RequestOf<'activation.submitCode'>,
): Result<ActivationView> {
  return runFlowStep(context, call, request.flowId, ['code'], (flow, now) => {
    const code = normaliseTypedCode(request.code);
    if (!code) return fail('CODE_FORMAT', 'The code is not six digits');
    if (!flow.code_hmac || codeExpired(flow, now)) {
      return endExpiredCode(context, flow, now, 'activation');
    }
    return otpCodeMatches(context.codeHmacKey, flow.id, code, flow.code_hmac)
      ? acceptCode(context, flow, now)
      : recordWrongCode(context, flow, now, 'activation');
  });
}
