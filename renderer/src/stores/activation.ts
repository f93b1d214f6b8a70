// The activation flow as the renderer sees it: the ActivationView from the main process (which
// decides everything), the identity values typed (kept in memory so "Retour" never loses them)
// and the last error. Codes, birth dates and passwords are NOT kept here: they live in the
// screen that asks for them and are cleared once sent (S-PWD-4).
import { defineStore } from 'pinia';
import { reactive, ref, shallowRef } from 'vue';
import {
  ACTIVATION_END_REASONS,
  type ActivationEndReason,
  type ActivationView,
} from '../../../shared/activation-view';
import type { ErrorCode } from '../../../shared/error-codes';
import type { KioskError, Result } from '../../../shared/result';
import { invoke } from '../bridge/kiosk-client';
import { received, type ReceivedError } from '../format/error-message';
import { isClosedStep } from '../format/flow-steps';
import { currentVisit } from './visit-epoch';

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

export const useActivationStore = defineStore('activation', () => {
  const view = shallowRef<ActivationView | null>(null);
  const identity = reactive({ lastName: '', firstName: '', mobile: '' });
  const error = shallowRef<ReceivedError | null>(null);
  /** Bumped by every error that leaves the parent on the same screen: the screen focuses it. */
  const errorSerial = ref(0);
  const busy = ref(false);
  /** A short confirmation to announce (i18n key), e.g. after a resend. */
  const notice = ref<string | null>(null);

  function apply(result: Result<ActivationView>): boolean {
    if (result.ok) {
      view.value = result.value;
      error.value = null;
      return true;
    }
    const reason = endReasonForError(result.error);
    const current = view.value;
    if (reason && current) {
      view.value = { flowId: current.flowId, expiresAt: current.expiresAt, step: 'ended', reason };
      error.value = null;
    } else if (current && BACK_TO_IDENTITY.includes(result.error.code)) {
      view.value = { flowId: current.flowId, expiresAt: current.expiresAt, step: 'identity' };
      error.value = received(result.error);
    } else {
      error.value = received(result.error);
      errorSerial.value += 1;
    }
    return false;
  }

  async function guarded(action: () => Promise<Result<ActivationView>>): Promise<boolean> {
    if (busy.value) return false;
    const visit = currentVisit();
    busy.value = true;
    notice.value = null;
    try {
      const result = await action();
      // The visit ended meanwhile ("Abandonner", idle reset): this answer is not for this screen.
      if (visit !== currentVisit()) return false;
      return apply(result);
    } finally {
      if (visit === currentVisit()) busy.value = false;
    }
  }

  const flowId = () => view.value?.flowId ?? '';

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

  async function resendCode(): Promise<boolean> {
    const sent = await guarded(() => invoke('activation.resendCode', { flowId: flowId() }));
    if (sent) notice.value = 'code.resent';
    return sent;
  }

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
    view.value = null;
    clearIdentity();
    error.value = null;
    busy.value = false;
    notice.value = null;
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
