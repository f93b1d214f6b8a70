import type { ActivationView } from '../../../shared/activation-view';
import type { IpcHandlers } from '../../ipc/ipc-handlers';
import { createFlowMachine, type Transition } from '../engine/flow-machine';
import type { ActivationContext } from './activation-context';
import { acknowledgeIdentifier, setPassword } from './activation-account-steps';
import { answerChild, continueToIdentifier } from './activation-children-steps';
import { resendCode, submitCode } from './activation-code-steps';
import {
  abandonActivation,
  backToIdentity,
  confirmSend,
  startActivation,
  submitIdentity,
} from './activation-identity-steps';
import { buildActivationView } from './activation-view-builder';

/**
 * Every way an activation (the seed's steps) can move: from a state, an event (a channel) runs
 * its handler, which lands the flow in one of the next states. A refusal that does not end the
 * flow leaves it where it was. Outside the table, for every flow: "start" opens one at
 * 'identity', and "abandon", an idle reset, the flow's lifetime, the sweep or a locked guardian
 * end an open one ('ended').
 */
export const ACTIVATION_TRANSITIONS = [
  { from: 'identity', event: 'submitIdentity', handler: submitIdentity, to: ['confirm-send'] },
  { from: 'confirm-send', event: 'back', handler: backToIdentity, to: ['identity'] },
  // A failed identity check goes back to the form (S-ENUM-1); a sent code moves on.
  { from: 'confirm-send', event: 'confirmSend', handler: confirmSend, to: ['code', 'identity'] },
  { from: 'code', event: 'resendCode', handler: resendCode, to: ['code', 'ended'] },
  {
    from: 'code',
    event: 'submitCode',
    handler: submitCode,
    to: ['children', 'already-activated', 'ended'],
  },
  { from: 'children', event: 'answerChild', handler: answerChild, to: ['children', 'ended'] },
  {
    from: 'children',
    event: 'continueToIdentifier',
    handler: continueToIdentifier,
    to: ['identifier'],
  },
  {
    from: 'identifier',
    event: 'acknowledgeIdentifier',
    handler: acknowledgeIdentifier,
    to: ['password'],
  },
  // The identifier may be taken meanwhile (a synced kiosk): the next one is shown again.
  {
    from: 'password',
    event: 'setPassword',
    handler: setPassword,
    to: ['done', 'already-activated', 'identifier'],
  },
] as const satisfies readonly Transition<'activation', ActivationContext, ActivationView>[];

export const activationMachine = createFlowMachine<'activation', ActivationContext, ActivationView>(
  {
    name: 'activation',
    kinds: ['activation'],
    table: ACTIVATION_TRANSITIONS,
    view: buildActivationView,
  },
);

type ActivationChannel = Extract<keyof IpcHandlers, `activation.${string}`>;

/** The activation's channels: start and abandon, and one per event of the table. */
export function createActivationHandlers(
  context: ActivationContext,
): Pick<IpcHandlers, ActivationChannel> {
  return {
    'activation.start': async (call) => startActivation(context, call),
    'activation.abandon': async (call, request) => abandonActivation(context, call, request),
    ...activationMachine.channels(context),
  };
}
