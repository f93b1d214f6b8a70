import { randomInt } from 'node:crypto';
import type { RequestOf } from '../../../shared/ipc-contract';
import type { RecoveryView } from '../../../shared/recovery-view';
import { fail, ok, type Result } from '../../../shared/result';
import { smsText } from '../../../shared/sms-texts';
import { auditStep } from '../engine/flow-audit';
import type { FlowMove, FlowStep } from '../engine/flow-machine';
import { guardianIdsOf, PERSONAL_COLUMNS_CLEARED, type FlowRow } from '../engine/flow-repository';
import { newFlowChild } from '../identity-checks/flow-children';
import { checkResendAllowed, checkTypedCode } from '../sms-code-step/code-rules';
import { logPendingCode, type PreparedCodeSend } from '../sms-code-step/code-sender';
import { codePurposeOf, type RecoveryContext } from './recovery-context';
import {
  deliverRecoveryCode,
  sendRecoveryNotice,
  withholdCode,
  type RecoveryNotice,
} from './recovery-code-sender';
import {
  checkAccountNumberLimits,
  checkTypedLimits,
  identifierRateKey,
} from './recovery-sms-limits';

type Step = FlowStep<RecoveryView>;
type ResendDecision = { send: PreparedCodeSend } | { view: RecoveryView };

function decideResend(
  context: RecoveryContext,
  step: Step,
  flow: FlowRow,
  now: Date,
  move: FlowMove,
): Result<ResendDecision> {
  const resendable = checkResendAllowed(context, flow, now, move, 'recovery');
  if (!resendable.ok) return resendable;
  // The typed number's or identifier's limits are told as they are (the same for everyone).
  const allowed = checkTypedLimits(context, flow, now);
  if (!allowed.ok) return allowed;
  if (flow.account_id === null) {
    return ok({ view: step.view(withholdCode(context, flow, now, move, 'no-account')) });
  }
  if (flow.typed_identifier !== null) {
    // The number an identifier led to: its own budget (recovery-sms-limits.ts says why).
    const numberAllowed = checkAccountNumberLimits(context, flow.id, flow.phone_e164 ?? '', now);
    if (!numberAllowed.ok) return numberAllowed;
  }
  const rateKey = identifierRateKey(context, flow);
  return ok({ send: logPendingCode(context, flow, now, codePurposeOf(flow.kind), rateKey) });
}

/** "Renvoyer le code": the activation's rules (S-RATE-2); the failure count is kept (S-OTP-5). */
export async function resendRecoveryCode(
  context: RecoveryContext,
  step: Step,
): Promise<Result<RecoveryView>> {
  const decided = step.run((flow, now, move) => decideResend(context, step, flow, now, move));
  if (!decided.ok) return decided;
  if ('view' in decided.value) return ok(decided.value.view);
  return deliverRecoveryCode(context, step, decided.value.send);
}

interface CodeOutcome {
  view: RecoveryView;
  notice?: RecoveryNotice;
}

/** "Identifiant perdu" ends here: the identifier on screen, and by SMS to the holder. */
function showIdentifier(
  context: RecoveryContext,
  step: Step,
  flow: FlowRow,
  now: Date,
  move: FlowMove,
): CodeOutcome {
  const done = move.to('done', PERSONAL_COLUMNS_CLEARED);
  const guardianIds = guardianIdsOf(flow);
  auditStep(context, now, 'recovery.identifier-shown', flow.id, guardianIds[0] ?? null, {
    accountId: flow.account_id,
  });
  const view = step.view(done);
  if (view.step !== 'done' || !flow.phone_e164) return { view };
  return {
    view,
    notice: {
      flowId: flow.id,
      phoneE164: flow.phone_e164,
      purpose: 'identifier-reminder',
      text: smsText('identifier', context.visitLanguageOf(flow.session_id), {
        serviceName: context.settings.serviceName,
        identifier: view.identifier,
      }),
    },
  };
}

/** "Mot de passe perdu" goes on to one child's birth date, drawn at random (S-ENUM-3). */
function askBirthDate(
  context: RecoveryContext,
  step: Step,
  flow: FlowRow,
  now: Date,
  move: FlowMove,
): Result<CodeOutcome> {
  const children = context.accountRecords.checkableChildrenOf(flow.account_id ?? '');
  const picked = children.length > 0 ? children[randomInt(children.length)] : undefined;
  if (!picked) {
    // The last child left the roster between "Valider" and the code: nothing to ask.
    move.end('abandoned');
    auditStep(context, now, 'recovery.no-child-left', flow.id);
    return fail('FLOW_ENDED', 'No child left to check', { reason: 'abandoned' });
  }
  const child = newFlowChild(picked);
  const updated = move.to('birth-date', { code_hmac: null, children: JSON.stringify([child]) });
  auditStep(context, now, 'recovery.code-accepted', flow.id, guardianIdsOf(flow)[0] ?? null);
  return ok({ view: step.view(updated) });
}

function checkCode(
  context: RecoveryContext,
  step: Step,
  typed: string,
  flow: FlowRow,
  now: Date,
  move: FlowMove,
): Result<CodeOutcome> {
  const checked = checkTypedCode(context, flow, typed, now, move, 'recovery');
  if (!checked.ok) return checked;
  return flow.kind === 'identifier-recovery'
    ? ok(showIdentifier(context, step, flow, now, move))
    : askBirthDate(context, step, flow, now, move);
}

export async function submitRecoveryCode(
  context: RecoveryContext,
  step: Step,
  request: RequestOf<'recovery.submitCode'>,
): Promise<Result<RecoveryView>> {
  const checked = step.run((flow, now, move) =>
    checkCode(context, step, request.code, flow, now, move),
  );
  if (!checked.ok) return checked;
  if (checked.value.notice) await sendRecoveryNotice(context, checked.value.notice);
  return ok(checked.value.view);
}
