import type { RequestOf } from '../../../shared/ipc-contract';
import type { RecoveryView } from '../../../shared/recovery-view';
import { fail, ok, type Result } from '../../../shared/result';
import { smsText } from '../../../shared/sms-texts';
import { checkNewPassword, serviceNamesOf } from '../../accounts/password-policy';
import { auditStep } from '../engine/flow-audit';
import { parseTypedBirthDate } from '../identity-checks/birth-date';
import { parseChildren } from '../identity-checks/flow-children';
import { guardianIdsOf, PERSONAL_COLUMNS_CLEARED, type FlowRow } from '../engine/flow-repository';
import type { FlowMove, FlowStep } from '../engine/flow-machine';
import type { RecoveryContext } from './recovery-context';
import { sendRecoveryNotice, type RecoveryNotice } from './recovery-code-sender';

type Step = FlowStep<RecoveryView>;

/** "Mot de passe perdu", after the code: one child's birth date (S-ENUM-3: 3 tries). */
export function submitRecoveryBirthDate(
  context: RecoveryContext,
  step: Step,
  request: RequestOf<'recovery.submitBirthDate'>,
): Result<RecoveryView> {
  return step.run((flow, now, move) => {
    const children = parseChildren(flow.children);
    const child = children[0];
    if (!child) throw new Error(`Flow ${flow.id} asks a birth date without a child`);
    const birthDate = parseTypedBirthDate(request.birthDate);
    if (!birthDate) return fail('BIRTHDATE_FORMAT', 'Not a real jj/mm/aaaa date');
    const guardianIds = guardianIdsOf(flow);
    if (context.roster.student(child.studentId)?.birth_date === birthDate) {
      context.secretFailures.recordSuccess(guardianIds);
      const updated = move.to('new-password', { children: null });
      auditStep(context, now, 'recovery.birthdate-confirmed', flow.id, guardianIds[0] ?? null);
      return ok(step.view(updated));
    }
    child.remainingAttempts -= 1;
    const locked = context.secretFailures.recordFailure(guardianIds, now);
    auditStep(context, now, 'recovery.birthdate-wrong', flow.id, guardianIds[0] ?? null, {
      remainingAttempts: child.remainingAttempts,
    });
    if (child.remainingAttempts <= 0) {
      move.end('too-many-birthdates');
      return fail('BIRTHDATE_TOO_MANY_ATTEMPTS', 'Too many wrong birth dates: the flow has ended');
    }
    if (locked) {
      move.end('guardian-locked');
      return fail('GUARDIAN_LOCKED', 'This guardian is locked after too many failed secrets');
    }
    context.flows.update(flow.id, now, { children: JSON.stringify(children) });
    return fail('BIRTHDATE_MISMATCH', 'Wrong birth date', {
      remainingAttempts: child.remainingAttempts,
    });
  });
}

/** The policy check (S-PWD-1/2) against the account's identifier and family names. */
function checkPolicy(
  context: RecoveryContext,
  flow: FlowRow,
  request: RequestOf<'recovery.setPassword'>,
  now: Date,
): Result<string> {
  const accountId = flow.account_id ?? '';
  const verdict = checkNewPassword(request.password, request.confirmation, {
    identifier: context.accountRecords.byId(accountId)?.identifier ?? '',
    personalNames: context.accountRecords.personalNamesOf(accountId),
    serviceNames: serviceNamesOf(context.settings.serviceName),
  });
  if (verdict.ok) return ok(verdict.password);
  auditStep(context, now, 'recovery.password-refused', flow.id, null, {
    code: verdict.code,
    ...(verdict.code === 'PASSWORD_BLOCKLISTED' ? { reason: verdict.reason } : {}),
  });
  return verdict.code === 'PASSWORD_BLOCKLISTED'
    ? fail(verdict.code, 'The password is on the blocklist', { reason: verdict.reason })
    : fail(verdict.code, 'The password does not meet the policy');
}

/** The transaction that replaces the password and ends the flow. */
function finishReset(
  context: RecoveryContext,
  step: Step,
  flow: FlowRow,
  passwordHash: string,
  now: Date,
  move: FlowMove,
): Result<{ view: RecoveryView; notice: RecoveryNotice | null }> {
  const accountId = flow.account_id ?? '';
  const guardianIds = guardianIdsOf(flow);
  const account = context.accountRecords.byId(accountId);
  if (!account || account.disabled_at !== null) {
    // Disabled by a roster import while the parent typed: nothing is changed.
    move.end('abandoned');
    auditStep(context, now, 'recovery.account-disabled-meanwhile', flow.id);
    return fail('FLOW_ENDED', 'The account was disabled meanwhile', { reason: 'abandoned' });
  }
  context.replacePassword(
    { accountId, passwordHash, how: 'reset', guardianId: guardianIds[0] ?? null, flowId: flow.id },
    now,
  );
  const done = move.to('done', PERSONAL_COLUMNS_CLEARED);
  const notice: RecoveryNotice | null = flow.phone_e164
    ? {
        flowId: flow.id,
        phoneE164: flow.phone_e164,
        purpose: 'password-reset-notice',
        // S-ENUM-4: the holder is told after a reset, in the language of the visit that made it.
        text: smsText('password-changed', context.visitLanguageOf(flow.session_id), {
          serviceName: context.settings.serviceName,
        }),
      }
    : null;
  return ok({ view: step.view(done), notice });
}

/**
 * New password twice: the policy, the hash (outside any transaction), then the replacement;
 * every login of the account ends and the holder is told by SMS (S-ENUM-4).
 */
export async function setRecoveryPassword(
  context: RecoveryContext,
  step: Step,
  request: RequestOf<'recovery.setPassword'>,
): Promise<Result<RecoveryView>> {
  const checked = step.run((flow, now) => checkPolicy(context, flow, request, now));
  if (!checked.ok) return checked;
  const passwordHash = await context.passwordHasher.hash(checked.value);
  const finished = step.run((flow, now, move) =>
    finishReset(context, step, flow, passwordHash, now, move),
  );
  if (!finished.ok) return finished;
  if (finished.value.notice) await sendRecoveryNotice(context, finished.value.notice);
  return ok(finished.value.view);
}
