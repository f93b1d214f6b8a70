import type { ActivationView } from '../../../shared/activation-view';
import type { RequestOf } from '../../../shared/ipc-contract';
import { fail, ok, type Result } from '../../../shared/result';
import { IdentifierTakenError } from '../../accounts/account-creator';
import {
  checkNewPassword,
  serviceNamesOf,
  type PasswordContext,
} from '../../accounts/password-policy';
import { auditStep } from '../engine/flow-audit';
import type { FlowMove, FlowStep } from '../engine/flow-machine';
import type { ActivationContext } from './activation-context';
import { markAlreadyActivated } from './already-activated';
import { parseChildren } from '../identity-checks/flow-children';
import { guardianIdsOf, PERSONAL_COLUMNS_CLEARED, type FlowRow } from '../engine/flow-repository';

/** "Je prends note de mon identifiant". */
export function acknowledgeIdentifier(
  context: ActivationContext,
  step: FlowStep<ActivationView>,
): Result<ActivationView> {
  return step.run((flow, now, move) => {
    const updated = move.to('password');
    auditStep(context, now, 'activation.identifier-acknowledged', flow.id);
    return ok(step.view(updated));
  });
}

/** What a password must not contain (S-PWD-2): the identifier, the family's names, the service. */
function passwordContext(context: ActivationContext, flow: FlowRow): PasswordContext {
  return {
    identifier: flow.reserved_identifier ?? '',
    personalNames: context.roster.personalNames(
      guardianIdsOf(flow),
      parseChildren(flow.children).map((c) => c.studentId),
    ),
    serviceNames: serviceNamesOf(context.settings.serviceName),
  };
}

/** The transaction that turns a finished flow into an account. */
function finishActivation(
  context: ActivationContext,
  flow: FlowRow,
  passwordHash: string,
  now: Date,
  move: FlowMove,
): FlowRow {
  // Another session of the same guardian finished first: show that account instead.
  const alreadyActivated = markAlreadyActivated(context, flow, now, move);
  if (alreadyActivated) return alreadyActivated;
  const guardianIds = guardianIdsOf(flow);
  const name = context.roster.identifierNameOf(guardianIds);
  try {
    const accountId = context.createAccount(
      {
        identifier: flow.reserved_identifier ?? '',
        firstName: name.firstName,
        passwordHash,
        guardianIds,
        studentIds: parseChildren(flow.children)
          .filter((c) => c.status === 'confirmed')
          .map((c) => c.studentId),
        flowId: flow.id,
      },
      now,
    );
    return move.to('done', { ...PERSONAL_COLUMNS_CLEARED, account_id: accountId });
  } catch (error) {
    if (!(error instanceof IdentifierTakenError)) throw error;
    // Taken meanwhile (a synced kiosk): reserve the next one and show it again.
    context.flows.update(flow.id, now, { reserved_identifier: null });
    const next = context.allocateIdentifier(name, guardianIds);
    const updated = move.to('identifier', { reserved_identifier: next });
    auditStep(context, now, 'activation.identifier-reallocated', flow.id);
    return updated;
  }
}

/** "Terminer": the policy (S-PWD-1/2), the hash (S-PWD-3), then the account in one transaction. */
export async function setPassword(
  context: ActivationContext,
  step: FlowStep<ActivationView>,
  request: RequestOf<'activation.setPassword'>,
): Promise<Result<ActivationView>> {
  const checked = step.run((flow, now) => {
    const verdict = checkNewPassword(
      request.password,
      request.confirmation,
      passwordContext(context, flow),
    );
    if (!verdict.ok) {
      auditStep(context, now, 'activation.password-refused', flow.id, null, {
        code: verdict.code,
        ...(verdict.code === 'PASSWORD_BLOCKLISTED' ? { reason: verdict.reason } : {}),
      });
      return verdict.code === 'PASSWORD_BLOCKLISTED'
        ? fail(verdict.code, 'The password is on the blocklist', { reason: verdict.reason })
        : fail(verdict.code, 'The password does not meet the policy');
    }
    return ok(verdict.password);
  });
  if (!checked.ok) return checked;
  // Hashing takes ~0.3 s: outside the transaction, so the database is not held meanwhile.
  const passwordHash = await context.passwordHasher.hash(checked.value);
  return step.run((flow, now, move) =>
    ok(step.view(finishActivation(context, flow, passwordHash, now, move))),
  );
}
