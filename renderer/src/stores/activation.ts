// The activation flow as the renderer sees it: the ActivationView from the main process (which
// decides everything), the identity values typed (kept in memory so "Retour" never loses them)
// and the last error. Codes, birth dates and passwords are NOT kept here: they live in the
// screen that asks for them and are cleared once sent (S-PWD-4).
import { defineStore } from 'pinia';
import { reactive } from 'vue';
import {
  ACTIVATION_END_REASONS,
  type ActivationEndReason,
  type ActivationView,
} from '../../../shared/activation-view';
import type { ErrorCode } from '../../../shared/error-codes';
import type { KioskError } from '../../../shared/result';
import { invoke } from '../bridge/kiosk-client';
import { isClosedStep } from '../format/flow-steps';
import { useFlowRequests } from './flow-requests';

/** Errors after which the flow cannot go on: shown as the matching "ended" screen. */
const ENDING_ERRORS: Partial<Record<ErrorCode, ActivationEndReason>> = {
  CODE_EXPIRED: 'expired',
  FLOW_EXPIRED: 'flow-expired',
  // The kiosk no longer knows this flow (restarted, or its record was deleted long after).
  FLOW_NOT_FOUND: 'flow-expired',
  CODE_TOO_MANY_ATTEMPTS: 'too-many-codes',
  BIRTHDATE_TOO_MANY_ATTEMPTS: 'too-many-birthdates',
  GUARDIAN_LOCKED: 'guardian-locked',
};

/**
 * Errors after which the main process has put the flow back on the identity form (the seed:
 * "veuillez vérifier les données saisies"): the form shows the message with the values kept.
 */
const BACK_TO_IDENTITY: readonly ErrorCode[] = ['IDENTITY_MISMATCH'];

/** The "ended" screen an error leads to: FLOW_ENDED carries the main process's own reason. */
export function endReasonForError(error: KioskError): ActivationEndReason | null {
  if (error.code === 'FLOW_ENDED') {
    const reason = ACTIVATION_END_REASONS.find((known) => known === error.details?.reason);
    return reason ?? 'abandoned';
  }
  return ENDING_ERRORS[error.code] ?? null;
}

/** What every view of a flow keeps when the step changes under it. */
const base = (view: ActivationView) => ({ flowId: view.flowId, expiresAt: view.expiresAt });

export const useActivationStore = defineStore('activation', () => {
  const { view, error, errorSerial, busy, notice, guarded, resend, flowId, clearRequests } =
    useFlowRequests<ActivationView>((refusal, current) => {
      const reason = endReasonForError(refusal);
      if (reason) {
        const ended: ActivationView = { ...base(current), step: 'ended', reason };
        return { view: ended, keepError: false };
      }
      if (BACK_TO_IDENTITY.includes(refusal.code)) {
        return { view: { ...base(current), step: 'identity' }, keepError: true };
      }
      return null;
    });
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

  const back = () => guarded(() => invoke('activation.back', { flowId: flowId() }));
  const confirmSend = () => guarded(() => invoke('activation.confirmSend', { flowId: flowId() }));

  const resendCode = () => resend(() => invoke('activation.resendCode', { flowId: flowId() }));

  const submitCode = (code: string) =>
    guarded(() => invoke('activation.submitCode', { flowId: flowId(), code }));

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

  const setPassword = (password: string, confirmation: string) =>
    guarded(() => invoke('activation.setPassword', { flowId: flowId(), password, confirmation }));

  /** Ends the flow in the main process if it is still running. */
  async function abandon(): Promise<void> {
    const current = view.value;
    if (current && !isClosedStep(current.step)) {
      await invoke('activation.abandon', { flowId: current.flowId });
    }
  }

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
    view,
    identity,
    error,
    errorSerial,
    busy,
    notice,
    start,
    submitIdentity,
    back,
    confirmSend,
    resendCode,
    submitCode,
    answerChild,
    continueToIdentifier,
    acknowledgeIdentifier,
    setPassword,
    abandon,
    restart,
    leaveKeepingIdentity,
    clearError,
    reset,
  };
});
