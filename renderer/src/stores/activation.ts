// The activation flow as the renderer sees it: the ActivationView from the main process (which
// decides everything), the identity values typed (kept in memory so "Retour" never loses them)
// and the last error. Codes, birth dates and passwords are NOT kept here: they live in the
// screen that asks for them and are cleared once sent (S-PWD-4).
import { defineStore } from 'pinia';
import { reactive } from 'vue';
import type { ActivationView } from '../../../shared/activation-view';
import type { ErrorCode } from '../../../shared/error-codes';
import { invoke } from '../bridge/kiosk-client';
import { useFlowRequests } from './flow-requests';

/**
 * Errors after which the main process has put the flow back on the identity form (the seed:
 * "veuillez vérifier les données saisies"): the form shows the message with the values kept.
 */
const BACK_TO_IDENTITY: readonly ErrorCode[] = ['IDENTITY_MISMATCH'];

/** What every view of a flow keeps when the step changes under it. */
const base = (view: ActivationView) => ({ flowId: view.flowId, expiresAt: view.expiresAt });

export const useActivationStore = defineStore('activation', () => {
  const requests = useFlowRequests<ActivationView>('activation', {
    lost: (current) => ({ ...base(current), step: 'ended', reason: 'flow-expired' }),
    redirect: (refusal, current) =>
      BACK_TO_IDENTITY.includes(refusal.code)
        ? { view: { ...base(current), step: 'identity' }, keepError: true }
        : null,
  });
  const { view, error, guarded, flowId, clearRequests, abandon } = requests;
  const identity = reactive({ lastName: '', firstName: '', mobile: '' });

  const start = () =>
    guarded(async () => {
      view.value = null;
      return invoke('activation.start', {});
    });

  const submitIdentity = () =>
    guarded(() =>
      invoke('activation.submitIdentity', {
        flowId: flowId(),
        lastName: identity.lastName,
        firstName: identity.firstName,
        mobile: identity.mobile,
      }),
    );

  const answerChild = (childKey: string, isLegalGuardian: boolean, birthDate?: string) =>
    guarded(() =>
      invoke('activation.answerChild', {
        flowId: flowId(),
        childKey,
        isLegalGuardian,
        ...(isLegalGuardian ? { birthDate: birthDate ?? '' } : {}),
      }),
    );

  const continueToIdentifier = () =>
    guarded(() => invoke('activation.continueToIdentifier', { flowId: flowId() }));

  const acknowledgeIdentifier = () =>
    guarded(() => invoke('activation.acknowledgeIdentifier', { flowId: flowId() }));

  /**
   * "Recommencer" / "Modifier mon numéro": a new flow from the identity form, the typed
   * identity kept unless `keepIdentity` is false.
   */
  async function restart(keepIdentity = true): Promise<boolean> {
    await abandon();
    view.value = null;
    if (!keepIdentity) clearIdentity();
    return start();
  }

  function clearIdentity() {
    identity.lastName = '';
    identity.firstName = '';
    identity.mobile = '';
  }

  /** Leave the flow (Retour from the identity form) but keep what was typed. */
  async function leaveKeepingIdentity(): Promise<void> {
    await abandon();
    view.value = null;
    error.value = null;
  }

  function clearError() {
    error.value = null;
  }

  /** Forget everything (Abandonner, idle reset, end of flow). */
  function reset() {
    clearRequests();
    clearIdentity();
  }

  return {
    ...requests.forScreens,
    identity,
    start,
    submitIdentity,
    answerChild,
    continueToIdentifier,
    acknowledgeIdentifier,
    restart,
    leaveKeepingIdentity,
    clearError,
    reset,
  };
});
