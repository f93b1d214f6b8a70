import type { IpcHandlers } from '../../ipc/ipc-handlers';
import type { RecoveryContext } from './recovery-context';
import { resendRecoveryCode, submitRecoveryCode } from './recovery-code-steps';
import {
  abandonRecovery,
  confirmRecoverySend,
  recoveryBack,
  startRecovery,
  submitRecoveryIdentity,
} from './recovery-identity-steps';
import { setRecoveryPassword, submitRecoveryBirthDate } from './recovery-password-steps';

type RecoveryChannel = Extract<keyof IpcHandlers, `recovery.${string}`>;

/**
 * The recovery state machines (issue 5), one handler per channel:
 * - Identifiant perdu: identity → confirm-send → code → done (the identifier shown and sent);
 * - Mot de passe perdu: identity → confirm-send → code → birth-date → new-password → done.
 * S-ENUM-4: up to the code, nothing differs whether or not an account was found.
 */
export function createRecoveryHandlers(
  context: RecoveryContext,
): Pick<IpcHandlers, RecoveryChannel> {
  return {
    'recovery.start': async (call, request) => startRecovery(context, call, request),
    'recovery.submitIdentity': async (call, request) =>
      submitRecoveryIdentity(context, call, request),
    'recovery.back': async (call, request) => recoveryBack(context, call, request),
    'recovery.confirmSend': (call, request) => confirmRecoverySend(context, call, request),
    'recovery.resendCode': (call, request) => resendRecoveryCode(context, call, request),
    'recovery.submitCode': (call, request) => submitRecoveryCode(context, call, request),
    'recovery.submitBirthDate': async (call, request) =>
      submitRecoveryBirthDate(context, call, request),
    'recovery.setPassword': (call, request) => setRecoveryPassword(context, call, request),
    'recovery.abandon': async (call, request) => abandonRecovery(context, call, request),
  };
}
