// The activation flow as the renderer sees it: the ActivationView from the main process (which
// decides everything), the identity values typed (kept in memory so "Retour" never loses them)
// and the last error. Codes, birth dates and passwords are NOT kept here: they live in the
// screen that asks for them and are cleared once sent (S-PWD-4).
import { defineStore } from 'pinia';
import { reactive, ref, shallowRef } from 'vue';
import type { ActivationEndReason, ActivationView } from '../../../shared/activation-view';
import type { ErrorCode } from '../../../shared/error-codes';
import type { KioskError, Result } from '../../../shared/result';
import { invoke } from '../bridge/kiosk-client';

/** Errors after which the flow cannot go on: shown as the matching "ended" screen. */
const ENDING_ERRORS: Partial<Record<ErrorCode, ActivationEndReason>> = {
  CODE_EXPIRED: 'expired',
  FLOW_EXPIRED: 'expired',
  FLOW_NOT_FOUND: 'expired',
  CODE_TOO_MANY_ATTEMPTS: 'too-many-codes',
  BIRTHDATE_TOO_MANY_ATTEMPTS: 'too-many-birthdates',
  GUARDIAN_LOCKED: 'guardian-locked',
};

/**
 * Errors after which the main process has put the flow back on the identity form (the seed:
 * "veuillez vérifier les données saisies"): the form shows the message with the values kept.
 */
const BACK_TO_IDENTITY: readonly ErrorCode[] = ['IDENTITY_MISMATCH'];

export function endReasonForError(code: ErrorCode): ActivationEndReason | null {
  return ENDING_ERRORS[code] ?? null;
}

export const useActivationStore = defineStore('activation', () => {
  const view = shallowRef<ActivationView | null>(null);
  const identity = reactive({ lastName: '', firstName: '', mobile: '' });
  const error = shallowRef<KioskError | null>(null);
  const busy = ref(false);
  /** A short confirmation to announce (i18n key), e.g. after a resend. */
  const notice = ref<string | null>(null);

  function apply(result: Result<ActivationView>): boolean {
    if (result.ok) {
      view.value = result.value;
      error.value = null;
      return true;
    }
    const reason = endReasonForError(result.error.code);
    const current = view.value;
    if (reason && current) {
      view.value = { flowId: current.flowId, expiresAt: current.expiresAt, step: 'ended', reason };
      error.value = null;
    } else if (current && BACK_TO_IDENTITY.includes(result.error.code)) {
      view.value = { flowId: current.flowId, expiresAt: current.expiresAt, step: 'identity' };
      error.value = result.error;
    } else {
      error.value = result.error;
    }
    return false;
  }

  async function guarded(action: () => Promise<Result<ActivationView>>): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    notice.value = null;
    try {
      return apply(await action());
    } finally {
      busy.value = false;
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
    if (current && current.step !== 'ended' && current.step !== 'done') {
      await invoke('activation.abandon', { flowId: current.flowId });
    }
  }

  /** "Recommencer": a new flow from the identity form, the typed identity kept. */
  async function restart(): Promise<boolean> {
    await abandon();
    view.value = null;
    return start();
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
    identity.lastName = '';
    identity.firstName = '';
    identity.mobile = '';
    error.value = null;
    busy.value = false;
    notice.value = null;
  }

  return {
    view,
    identity,
    error,
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
