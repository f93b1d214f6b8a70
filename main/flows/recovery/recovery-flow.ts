import type { RecoveryView } from '../../../shared/recovery-view';
import type { IpcHandlers } from '../../ipc/ipc-handlers';
import { createFlowMachine, type Transition } from '../engine/flow-machine';
import { RECOVERY_FLOW_KINDS, type RecoveryContext } from './recovery-context';
import { resendRecoveryCode, submitRecoveryCode } from './recovery-code-steps';
import {
  abandonRecovery,
  confirmRecoverySend,
  recoveryBack,
  startRecovery,
  submitRecoveryIdentity,
} from './recovery-identity-steps';
import { setRecoveryPassword, submitRecoveryBirthDate } from './recovery-password-steps';
import { buildRecoveryView } from './recovery-view-builder';

/**
 * Every way a recovery (issue 5) can move, both kinds in one table:
 * - Identifiant perdu: identity → confirm-send → code → done (the identifier shown and sent);
 * - Mot de passe perdu: identity → confirm-send → code → birth-date → new-password → done.
 * S-ENUM-4: up to the code, nothing differs whether or not an account was found (a code is
 * "sent" either way). A refusal that does not end the flow leaves it where it was. Outside the
 * table, for every flow: "start" opens one at 'identity', and "abandon", an idle reset, the
 * flow's lifetime, the sweep or a locked guardian end an open one ('ended').
 */
export const RECOVERY_TRANSITIONS = [
  {
    from: 'identity',
    event: 'submitIdentity',
    handler: submitRecoveryIdentity,
    to: ['confirm-send'],
  },
  { from: 'confirm-send', event: 'back', handler: recoveryBack, to: ['identity'] },
  { from: 'confirm-send', event: 'confirmSend', handler: confirmRecoverySend, to: ['code'] },
  { from: 'code', event: 'resendCode', handler: resendRecoveryCode, to: ['code', 'ended'] },
  // The identifier's kind is done here; the password's goes on to a child's birth date.
  {
    from: 'code',
    event: 'submitCode',
    handler: submitRecoveryCode,
    to: ['done', 'birth-date', 'ended'],
  },
  {
    from: 'birth-date',
    event: 'submitBirthDate',
    handler: submitRecoveryBirthDate,
    to: ['new-password', 'ended'],
  },
  {
    from: 'new-password',
    event: 'setPassword',
    handler: setRecoveryPassword,
    to: ['done', 'ended'],
  },
] as const satisfies readonly Transition<'recovery', RecoveryContext, RecoveryView>[];

export const recoveryMachine = createFlowMachine<'recovery', RecoveryContext, RecoveryView>({
  name: 'recovery',
  kinds: RECOVERY_FLOW_KINDS,
  table: RECOVERY_TRANSITIONS,
  view: buildRecoveryView,
});

type RecoveryChannel = Extract<keyof IpcHandlers, `recovery.${string}`>;

/** The recovery's channels: start and abandon, and one per event of the table. */
export function createRecoveryHandlers(
  context: RecoveryContext,
): Pick<IpcHandlers, RecoveryChannel> {
  return {
    'recovery.start': async (call, request) => startRecovery(context, call, request),
    'recovery.abandon': async (call, request) => abandonRecovery(context, call, request),
    ...recoveryMachine.channels(context),
  };
}
