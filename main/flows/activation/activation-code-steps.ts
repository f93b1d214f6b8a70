import type { ActivationView } from '../../../shared/activation-view';
import type { RequestOf } from '../../../shared/ipc-contract';
import { ok, type Result } from '../../../shared/result';
import { auditStep } from '../engine/flow-audit';
import { codeSmsText } from '../sms-code-step/code-sms-text';
import type { FlowStep } from '../engine/flow-machine';
import { newFlowChild, type FlowChild } from '../identity-checks/flow-children';
import { checkResendAllowed, checkTypedCode } from '../sms-code-step/code-rules';
import {
  checkSmsLimits,
  logPendingCode,
  sendPreparedCode,
  type PreparedCodeSend,
} from '../sms-code-step/code-sender';
import type { ActivationContext } from './activation-context';
import { markAlreadyActivated } from './already-activated';

type Step = FlowStep<ActivationView>;

/** The activation's send (sendPreparedCode with the activation's text). */
export function deliverActivationCode(
  context: ActivationContext,
  step: Step,
  prepared: PreparedCodeSend,
): Promise<Result<ActivationView>> {
  return sendPreparedCode(context, step, prepared, {
    text: codeSmsText(context, 'activation-code', prepared),
    auditName: 'activation',
    // S-RATE-3: an SMS on its way to a matched identity ends the failed streak.
    onAccepted: () => context.identityCooldown.clearStreak(),
  });
}

/** "Renvoyer le code": same limits as the first send; the failure count is kept (S-OTP-5). */
export async function resendCode(
  context: ActivationContext,
  step: Step,
): Promise<Result<ActivationView>> {
  const prepared = step.run((flow, now, move) => {
    // S-OTP-2: after expiry the person restarts from the identity form, no new code.
    const resendable = checkResendAllowed(context, flow, now, move, 'activation');
    if (!resendable.ok) return resendable;
    const allowed = checkSmsLimits(context, flow.id, flow.phone_e164 ?? '', now, 'activation');
    if (!allowed.ok) return allowed;
    return ok(logPendingCode(context, flow, now, 'activation-code'));
  });
  if (!prepared.ok) return prepared;
  return deliverActivationCode(context, step, prepared.value);
}

/** Every enrolled student any of the flow's guardians is legal guardian of, once each. */
const childrenOfGuardians = (context: ActivationContext, guardianIds: number[]): FlowChild[] =>
  context.roster.childrenOf(guardianIds).map(newFlowChild);

/** "Valider" on the code: the right code leads to the children, or to the account already made. */
export function submitCode(
  context: ActivationContext,
  step: Step,
  request: RequestOf<'activation.submitCode'>,
): Result<ActivationView> {
  return step.run((flow, now, move) => {
    const checked = checkTypedCode(context, flow, request.code, now, move, 'activation');
    if (!checked.ok) return checked;
    const guardianIds = checked.value;
    const alreadyActivated = markAlreadyActivated(context, flow, now, move);
    if (alreadyActivated) return ok(step.view(alreadyActivated));
    const updated = move.to('children', {
      code_hmac: null,
      children: JSON.stringify(childrenOfGuardians(context, guardianIds)),
    });
    auditStep(context, now, 'activation.code-accepted', flow.id, guardianIds[0] ?? null);
    return ok(step.view(updated));
  });
}
