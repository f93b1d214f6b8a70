import type { ActivationView } from '../../shared/activation-view';
import type { RequestOf } from '../../shared/ipc-contract';
import { fail, ok, type Result } from '../../shared/result';
import { createAccount, IdentifierTakenError } from '../accounts/account-creator';
import { allocateIdentifier } from '../accounts/identifier-allocator';
import { checkNewPassword, type PasswordContext } from '../accounts/password-policy';
import type { CallContext } from '../ipc/ipc-handlers';
import { auditStep, inTransaction, type ActivationContext } from './activation-context';
import { flowGuardianNames } from './activation-children-steps';
import { currentView } from './activation-identity-steps';
import { parseChildren } from './flow-children';
import { guardFlow } from './flow-guard';
import { guardianIdsOf, PERSONAL_COLUMNS_CLEARED, type FlowRow } from './flow-repository';

/** "Je prends note de mon identifiant". */
export function acknowledgeIdentifier(
  context: ActivationContext,
  call: CallContext,
  request: RequestOf<'activation.acknowledgeIdentifier'>,
): Result<ActivationView> {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const guarded = guardFlow(context, call.sessionId, request.flowId, ['identifier'], now);
    if (!guarded.ok) return guarded;
    context.flows.update(request.flowId, now, { state: 'password' });
    auditStep(context, now, 'activation.identifier-acknowledged', request.flowId);
    return ok(currentView(context, request.flowId));
  });
}

/** The names a password must not contain (S-PWD-2): the guardian's and every child's. */
function passwordContext(context: ActivationContext, flow: FlowRow): PasswordContext {
  const people = context.db
    .prepare(
      `SELECT first_name, family_name, usage_name FROM guardians
        WHERE id IN (SELECT value FROM json_each(?))
       UNION ALL
       SELECT first_name, family_name, usage_name FROM students
        WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(
      JSON.stringify(guardianIdsOf(flow)),
      JSON.stringify(parseChildren(flow.children).map((c) => c.studentId)),
    ) as { first_name: string; family_name: string; usage_name: string | null }[];
  return {
    identifier: flow.reserved_identifier ?? '',
    personalNames: people.flatMap((p) => [p.first_name, p.family_name, p.usage_name ?? '']),
  };
}

function alreadyLinkedAccount(context: ActivationContext, flow: FlowRow): string | null {
  const row = context.db
    .prepare(
      `SELECT account_id FROM guardians WHERE id IN (SELECT value FROM json_each(?))
          AND account_id IS NOT NULL LIMIT 1`,
    )
    .get(JSON.stringify(guardianIdsOf(flow))) as { account_id: string } | undefined;
  return row?.account_id ?? null;
}

/** The transaction that turns a finished flow into an account. */
function finishActivation(
  context: ActivationContext,
  flow: FlowRow,
  passwordHash: string,
  now: Date,
): Result<ActivationView> {
  const guardianIds = guardianIdsOf(flow);
  const linked = alreadyLinkedAccount(context, flow);
  if (linked) {
    // Another session of the same guardian finished first: show that account instead.
    context.flows.update(flow.id, now, {
      ...PERSONAL_COLUMNS_CLEARED,
      state: 'already-activated',
      account_id: linked,
    });
    auditStep(context, now, 'activation.already-activated', flow.id, guardianIds[0] ?? null);
    return ok(currentView(context, flow.id));
  }
  const identifier = flow.reserved_identifier ?? '';
  const guardian = flowGuardianNames(context, flow);
  try {
    const accountId = createAccount(
      context.db,
      context.journal,
      {
        identifier,
        firstName: guardian.first_name,
        passwordHash,
        guardianIds,
        studentIds: parseChildren(flow.children)
          .filter((c) => c.status === 'confirmed')
          .map((c) => c.studentId),
        flowId: flow.id,
      },
      now,
    );
    context.flows.update(flow.id, now, {
      ...PERSONAL_COLUMNS_CLEARED,
      state: 'done',
      account_id: accountId,
    });
    return ok(currentView(context, flow.id));
  } catch (error) {
    if (!(error instanceof IdentifierTakenError)) throw error;
    // Taken meanwhile (a synced kiosk): reserve the next one and show it again.
    context.flows.update(flow.id, now, { reserved_identifier: null });
    const next = allocateIdentifier(context.db, {
      firstName: guardian.first_name,
      lastName: guardian.usage_name?.trim() ? guardian.usage_name : guardian.family_name,
    });
    context.flows.update(flow.id, now, { state: 'identifier', reserved_identifier: next });
    auditStep(context, now, 'activation.identifier-reallocated', flow.id);
    return ok(currentView(context, flow.id));
  }
}

/** "Terminer": the policy (S-PWD-1/2), the hash (S-PWD-3), then the account in one transaction. */
export async function setPassword(
  context: ActivationContext,
  call: CallContext,
  request: RequestOf<'activation.setPassword'>,
): Promise<Result<ActivationView>> {
  const checked = inTransaction(context.db, () => {
    const now = context.clock.now();
    const guarded = guardFlow(context, call.sessionId, request.flowId, ['password'], now);
    if (!guarded.ok) return guarded;
    const verdict = checkNewPassword(
      request.password,
      request.confirmation,
      passwordContext(context, guarded.flow),
    );
    if (!verdict.ok) {
      auditStep(context, now, 'activation.password-refused', request.flowId, null, {
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
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const guarded = guardFlow(context, call.sessionId, request.flowId, ['password'], now);
    if (!guarded.ok) return guarded;
    return finishActivation(context, guarded.flow, passwordHash, now);
  });
}
