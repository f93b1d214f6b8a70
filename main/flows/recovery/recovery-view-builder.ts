import type { RecoveryView } from '../../../shared/recovery-view';
import { maskPhone } from '../../matching/normalise-phone';
import type { FlowRow } from '../engine/flow-repository';
import { parseChildren } from '../identity-checks/flow-children';
import { codeStatusOf } from '../sms-code-step/code-view';
import { recoveryKindOf, type RecoveryContext } from './recovery-context';

/** The number is shown only when the person typed it: never the one an identifier led to. */
const shownPhone = (flow: FlowRow): string | null =>
  flow.typed_identifier === null && flow.phone_e164 ? maskPhone(flow.phone_e164) : null;

/**
 * The public view of a recovery flow. S-ENUM-4: nothing in it differs between a flow that found
 * an account and one that did not, until the code was accepted.
 */
export function buildRecoveryView(context: RecoveryContext, flow: FlowRow): RecoveryView {
  const base = { flowId: flow.id, kind: recoveryKindOf(flow.kind), expiresAt: flow.expires_at };
  const identifier = () =>
    (flow.account_id ? context.accounts.names(flow.account_id)?.identifier : undefined) ?? '';
  switch (flow.state) {
    case 'identity':
      return { ...base, step: 'identity' };
    case 'confirm-send':
      return { ...base, step: 'confirm-send', maskedPhone: shownPhone(flow) };
    case 'code':
      return {
        ...base,
        step: 'code',
        code: { maskedPhone: shownPhone(flow), ...codeStatusOf(context.settings, flow) },
      };
    case 'birth-date': {
      const child = parseChildren(flow.children)[0];
      if (!child) throw new Error(`Flow ${flow.id} asks a birth date without a child`);
      return {
        ...base,
        step: 'birth-date',
        child: { firstName: child.firstName, className: child.className },
        remainingAttempts: child.remainingAttempts,
      };
    }
    case 'new-password':
      return { ...base, step: 'new-password', identifier: identifier() };
    case 'done':
      return { ...base, step: 'done', identifier: identifier() };
    case 'ended': {
      const reason = flow.ended_reason ?? 'abandoned';
      // Recovery flows end only for these reasons; anything else reads as a plain restart.
      return {
        ...base,
        step: 'ended',
        reason: reason === 'all-children-rejected' ? 'abandoned' : reason,
      };
    }
    case 'children':
    case 'identifier':
    case 'password':
    case 'already-activated':
      throw new Error(`Flow ${flow.id}: ${flow.state} is an activation state`);
  }
}
