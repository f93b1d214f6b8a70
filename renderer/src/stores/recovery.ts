// "Identifiant perdu" / "Mot de passe perdu" as the renderer sees them: the RecoveryView from the
// main process (which decides everything), what was typed on the identity form (kept so
// "Retour" never loses it) and the last error. Codes, birth dates and passwords are NOT kept
// here: they live in the screen that asks for them and are cleared once sent (S-PWD-4).
import { defineStore } from 'pinia';
import { reactive, ref } from 'vue';
import type { RecoveryKind, RecoveryView } from '../../../shared/recovery-view';
import { invoke } from '../bridge/kiosk-client';
import { useFlowRequests } from './flow-requests';

/** How the person is recognised on "Mot de passe perdu" (always by name on "Identifiant perdu"). */
export type RecoveryWay = 'identifier' | 'name';

export const useRecoveryStore = defineStore('recovery', () => {
  const requests = useFlowRequests<RecoveryView>('recovery', {
    lost: ({ flowId: id, kind, expiresAt }) => ({
      flowId: id,
      kind,
      expiresAt,
      step: 'ended',
      reason: 'flow-expired',
    }),
  });
  const { view, error, guarded, flowId, clearRequests, abandon } = requests;
  const typed = reactive({ identifier: '', lastName: '', firstName: '', mobile: '' });
  const way = ref<RecoveryWay>('identifier');

  /** A new flow of this kind (what was typed is kept when the kind is the same). */
  function start(kind: RecoveryKind): Promise<boolean> {
    if (view.value && view.value.kind !== kind) clearTyped();
    return guarded(async () => {
      view.value = null;
      error.value = null;
      return invoke('recovery.start', { kind });
    });
  }

  const submitIdentity = () =>
    guarded(() =>
      invoke(
        'recovery.submitIdentity',
        view.value?.kind === 'password' && way.value === 'identifier'
          ? { flowId: flowId(), identifier: typed.identifier }
          : {
              flowId: flowId(),
              lastName: typed.lastName,
              firstName: typed.firstName,
              mobile: typed.mobile,
            },
      ),
    );

  const submitBirthDate = (birthDate: string) =>
    guarded(() => invoke('recovery.submitBirthDate', { flowId: flowId(), birthDate }));

  /** "Recommencer" / "Modifier ce que j'ai saisi": a new flow of the same kind, typing kept. */
  async function restart(): Promise<boolean> {
    const kind = view.value?.kind ?? 'identifier';
    await abandon();
    return start(kind);
  }

  /** Leaves recovery for another screen (the activation path, the login): nothing kept. */
  async function leave(): Promise<void> {
    await abandon();
    reset();
  }

  function clearTyped() {
    typed.identifier = '';
    typed.lastName = '';
    typed.firstName = '';
    typed.mobile = '';
    way.value = 'identifier';
  }

  /** Forget everything (Abandonner, idle reset, end of the flow). */
  function reset() {
    clearRequests();
    clearTyped();
  }

  return {
    ...requests.forScreens,
    typed,
    way,
    start,
    submitIdentity,
    submitBirthDate,
    restart,
    leave,
    reset,
  };
});
