import type { ActivationView } from '../../../shared/activation-view';
import { maskPhone } from '../../matching/normalise-phone';
import type { FlowRow } from '../engine/flow-repository';
import { canContinue, parseChildren, toChildView } from '../identity-checks/flow-children';
import { codeSentAt, codeStatusOf } from '../sms-code-step/code-view';
import type { ActivationContext } from './activation-context';

function accountNames(context: ActivationContext, accountId: string | null) {
  const names = accountId ? context.accounts.names(accountId) : null;
  return { identifier: names?.identifier ?? '', firstName: names?.firstName ?? '' };
}

/** The public view of a flow: what its screen needs and nothing more (architecture.md). */
export function buildActivationView(context: ActivationContext, flow: FlowRow): ActivationView {
  const base = { flowId: flow.id, expiresAt: flow.expires_at };
  switch (flow.state) {
    case 'identity':
      return { ...base, step: 'identity' };
    case 'confirm-send':
      return { ...base, step: 'confirm-send', maskedPhone: maskPhone(flow.phone_e164 ?? '') };
    case 'code':
      return {
        ...base,
        step: 'code',
        code: {
          maskedPhone: maskPhone(flow.phone_e164 ?? ''),
          sentAt: codeSentAt(flow).toISOString(),
          ...codeStatusOf(context.settings, flow),
        },
      };
    case 'children': {
      const children = parseChildren(flow.children);
      return {
        ...base,
        step: 'children',
        children: children.map(toChildView),
        canContinue: canContinue(children),
      };
    }
    case 'identifier':
    case 'password':
      return { ...base, step: flow.state, identifier: flow.reserved_identifier ?? '' };
    case 'done':
    case 'already-activated':
      return { ...base, step: flow.state, ...accountNames(context, flow.account_id) };
    case 'ended':
      return { ...base, step: 'ended', reason: flow.ended_reason ?? 'abandoned' };
    case 'birth-date':
    case 'new-password':
      // The engine lets only activation flows reach activation channels.
      throw new Error(`Flow ${flow.id}: ${flow.state} is a recovery state`);
  }
}
