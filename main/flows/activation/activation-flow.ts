import type { IpcHandlers } from '../../ipc/ipc-handlers';
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

type ActivationChannel = Extract<keyof IpcHandlers, `activation.${string}`>;

/**
 * The activation state machine (the seed's steps), one handler per channel:
 * identity → confirm-send → code → children → identifier → password → done
 * (or already-activated / ended). Each step checks the flow is at its state and moves it in
 * one transaction.
 */
export function createActivationHandlers(
  context: ActivationContext,
): Pick<IpcHandlers, ActivationChannel> {
  return {
    'activation.start': async (call) => startActivation(context, call),
    'activation.submitIdentity': async (call, request) => submitIdentity(context, call, request),
    'activation.back': async (call, request) => backToIdentity(context, call, request),
    'activation.confirmSend': (call, request) => confirmSend(context, call, request),
    'activation.resendCode': (call, request) => resendCode(context, call, request),
    'activation.submitCode': async (call, request) => submitCode(context, call, request),
    'activation.answerChild': async (call, request) => answerChild(context, call, request),
    'activation.continueToIdentifier': async (call, request) =>
      continueToIdentifier(context, call, request),
    'activation.acknowledgeIdentifier': async (call, request) =>
      acknowledgeIdentifier(context, call, request),
    'activation.setPassword': (call, request) => setPassword(context, call, request),
    'activation.abandon': async (call, request) => abandonActivation(context, call, request),
  };
}
