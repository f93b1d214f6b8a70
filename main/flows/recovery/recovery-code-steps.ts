import { randomInt } from 'node:crypto';
import type { RequestOf } from '../../../shared/ipc-contract';
import type { RecoveryView } from '../../../shared/recovery-view';
import { fail, ok, type Result } from '../../../shared/result';
import type { CallContext } from '../../ipc/ipc-handlers';
import { auditStep } from '../activation/activation-context';
import { logPendingCode, type PreparedCodeSend } from '../sms-code-step/code-sender';
import {
  checkResendAllowed,
  codeExpired,
  consumeRightCode,
  endExpiredCode,
  newFlowChild,
  recordWrongCode,
} from '../sms-code-step/code-rules';
import { guardianIdsOf, PERSONAL_COLUMNS_CLEARED, type FlowRow } from '../engine/flow-repository';
import { runFlowStep } from '../engine/flow-machine';
import { normaliseTypedCode, otpCodeMatches } from '../sms-code-step/otp-code';
import { codePurposeOf, RECOVERY_FLOW_KINDS, type RecoveryContext } from './recovery-context';
import {
  deliverRecoveryCode,
  sendRecoveryNotice,
  withholdCode,
  type RecoveryNotice,
} from './recovery-code-sender';
import { recoveredIdentifierSmsText } from './recovery-sms-texts';
import { buildRecoveryView } from './recovery-view-builder';

type ResendDecision = { send: PreparedCodeSend } | { view: RecoveryView };

function decideResend(context: RecoveryContext, flow: FlowRow, now: Date): Result<ResendDecision> {
  const resendable = checkResendAllowed(context, flow, now, 'recovery');
  if (!resendable.ok) return resendable;
  const typedNumber = flow.typed_identifier === null;
  const wait = context.smsRateLimiter.retryAfterSeconds(flow.phone_e164 ?? '', now);
  // A typed number's limits are told as they are (the same for everyone, S-ENUM-4).
  if (typedNumber && wait > 0) {
    auditStep(context, now, 'recovery.sms-rate-limited', flow.id);
    return fail('SMS_RATE_LIMITED', 'SMS limit reached for this number or kiosk', {
      retryAfterSeconds: wait,
    });
  }
  if (flow.account_id === null) return ok({ view: withholdCode(context, flow, now, 'no-account') });
  if (wait > 0) {
    // The number an identifier led to is over its budget: the current code stays valid and
    // nothing is sent, which looks exactly like a resend (S-ENUM-4).
    const updated = context.flows.update(flow.id, now, { code_sent_at: now.toISOString() });
    auditStep(context, now, 'recovery.code-withheld', flow.id, null, {
      reason: 'sms-rate-limited',
    });
    return ok({ view: buildRecoveryView(context, updated) });
  }
  return ok({ send: logPendingCode(context, flow, now, codePurposeOf(flow.kind)) });
}

/** "Renvoyer le code": the activation's rules (S-RATE-2); the failure count is kept (S-OTP-5). */
export async function resendRecoveryCode(
  context: RecoveryContext,
  call: CallContext,
  request: RequestOf<'recovery.resendCode'>,
): Promise<Result<RecoveryView>> {
  const decided = runFlowStep(
    context,
    call,
    request.flowId,
    ['code'],
    (flow, now) => decideResend(context, flow, now),
    RECOVERY_FLOW_KINDS,
  );
  if (!decided.ok) return decided;
  if ('view' in decided.value) return ok(decided.value.view);
  return deliverRecoveryCode(context, request.flowId, 'code', decided.value.send);
}

interface CodeOutcome {
  view: RecoveryView;
  notice?: RecoveryNotice;
}

/** "Identifiant perdu" ends here: the identifier on screen, and by SMS to the holder. */
function showIdentifier(context: RecoveryContext, flow: FlowRow, now: Date): CodeOutcome {
  const done = context.flows.update(flow.id, now, { ...PERSONAL_COLUMNS_CLEARED, state: 'done' });
  const guardianIds = guardianIdsOf(flow);
  auditStep(context, now, 'recovery.identifier-shown', flow.id, guardianIds[0] ?? null, {
    accountId: flow.account_id,
  });
  const view = buildRecoveryView(context, done);
  if (view.step !== 'done' || !flow.phone_e164) return { view };
  return {
    view,
    notice: {
      flowId: flow.id,
      phoneE164: flow.phone_e164,
      purpose: 'identifier-reminder',
      text: recoveredIdentifierSmsText(context.settings.serviceName, view.identifier),
    },
  };
}

/** "Mot de passe perdu" goes on to one child's birth date, drawn at random (S-ENUM-3). */
function askBirthDate(context: RecoveryContext, flow: FlowRow, now: Date): Result<CodeOutcome> {
  const children = context.accountRecords.checkableChildrenOf(flow.account_id ?? '');
  const picked = children.length > 0 ? children[randomInt(children.length)] : undefined;
  if (!picked) {
    // The last child left the roster between "Valider" and the code: nothing to ask.
    context.flows.end(flow.id, now, 'abandoned');
    auditStep(context, now, 'recovery.no-child-left', flow.id);
    return fail('FLOW_ENDED', 'No child left to check', { reason: 'abandoned' });
  }
  const child = newFlowChild(picked);
  const updated = context.flows.update(flow.id, now, {
    state: 'birth-date',
    code_hmac: null,
    children: JSON.stringify([child]),
  });
  auditStep(context, now, 'recovery.code-accepted', flow.id, guardianIdsOf(flow)[0] ?? null);
  return ok({ view: buildRecoveryView(context, updated) });
}

function checkCode(
  context: RecoveryContext,
  flow: FlowRow,
  typed: string,
  now: Date,
): Result<CodeOutcome> {
  const code = normaliseTypedCode(typed);
  if (!code) return fail('CODE_FORMAT', 'The code is not six digits');
  if (codeExpired(flow, now)) return endExpiredCode(context, flow, now, 'recovery');
  // S-ENUM-4: a flow that found nobody has no code hash: every code is wrong.
  const matches =
    flow.code_hmac !== null && otpCodeMatches(context.codeHmacKey, flow.id, code, flow.code_hmac);
  if (!matches) return recordWrongCode(context, flow, now, 'recovery');
  const consumed = consumeRightCode(context, flow, now);
  if (!consumed.ok) return consumed;
  return flow.kind === 'identifier-recovery'
    ? ok(showIdentifier(context, flow, now))
    : askBirthDate(context, flow, now);
}

export async function submitRecoveryCode(
  context: RecoveryContext,
  call: CallContext,
  request: RequestOf<'recovery.submitCode'>,
): Promise<Result<RecoveryView>> {
  const checked = runFlowStep(
    context,
    call,
    request.flowId,
    ['code'],
    (flow, now) => checkCode(context, flow, request.code, now),
    RECOVERY_FLOW_KINDS,
  );
  if (!checked.ok) return checked;
  if (checked.value.notice) await sendRecoveryNotice(context, checked.value.notice);
  return ok(checked.value.view);
}
