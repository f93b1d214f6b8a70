// The request side both flow stores share (activation, recovery): the view the main process
// sent, the last error and its serial, busy, the notice, and guarded(), which sends one request
// at a time and drops an answer that arrives after the visit ended. A refusal that ended the
// flow carries its ended view (error.flowView, decided by the main process's flow engine): it
// is shown as it comes. Anything else a refusal leads to belongs to each flow: `redirect`.
import { ref, shallowRef } from 'vue';
import type { ActivationStep } from '../../../shared/activation-view';
import type { RecoveryStep } from '../../../shared/recovery-view';
import type { KioskError, Result } from '../../../shared/result';
import { invoke } from '../bridge/kiosk-client';
import { received, type ReceivedError } from '../format/error-message';
import { forThisVisit } from '../bridge/screen-call';
import { isClosedStep } from '../format/flow-steps';

/** Where a refused request leads instead of staying on the screen, and whether it says why. */
export interface FlowRedirect<V> {
  view: V;
  /** The error is shown on the new view (not focused: it is a new screen). */
  keepError: boolean;
}

export function useFlowRequests<V extends { flowId: string; step: ActivationStep | RecoveryStep }>(
  name: 'activation' | 'recovery',
  flow: {
    /** The ended screen of a flow the kiosk no longer knows (restarted, or its record deleted). */
    lost: (current: V) => V;
    redirect?: (error: KioskError, current: V) => FlowRedirect<V> | null;
  },
) {
  const view = shallowRef<V | null>(null);
  const error = shallowRef<ReceivedError | null>(null);
  /** Bumped by every error that leaves the parent on the same screen: the screen focuses it. */
  const errorSerial = ref(0);
  const busy = ref(false);
  /** A short confirmation to announce (i18n key), e.g. after a resend. */
  const notice = ref<string | null>(null);

  function whereRefusalLeads(refusal: KioskError, current: V): FlowRedirect<V> | null {
    // The main process built it from this flow's own record: the view of this store's flow.
    if (refusal.flowView) return { view: refusal.flowView as V, keepError: false };
    if (refusal.code === 'FLOW_NOT_FOUND') return { view: flow.lost(current), keepError: false };
    return flow.redirect?.(refusal, current) ?? null;
  }

  function apply(result: Result<V>): boolean {
    if (result.ok) {
      view.value = result.value;
      error.value = null;
      return true;
    }
    const current = view.value;
    const next = current ? whereRefusalLeads(result.error, current) : null;
    if (next) {
      view.value = next.view;
      error.value = next.keepError ? received(result.error) : null;
    } else {
      error.value = received(result.error);
      errorSerial.value += 1;
    }
    return false;
  }

  async function guarded(action: () => Promise<Result<V>>): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    notice.value = null;
    const result = await forThisVisit(action);
    // The visit ended meanwhile ("Abandonner", idle reset): this answer is not for this screen,
    // and the next visit's screen is not busy.
    if (result === null) return false;
    busy.value = false;
    return apply(result);
  }

  /** "Renvoyer le code": announced once the new code is on its way. */
  async function resend(action: () => Promise<Result<V>>): Promise<boolean> {
    const sent = await guarded(action);
    if (sent) notice.value = 'code.resent';
    return sent;
  }

  const flowId = () => view.value?.flowId ?? '';

  /** Forget the view, the error and any pending state (Abandonner, idle reset, the end). */
  function clearRequests() {
    view.value = null;
    error.value = null;
    busy.value = false;
    notice.value = null;
  }

  // The calls both flows make alike on their current flow: same channel names, same requests.
  // The view that comes back is this store's flow's (an ActivationView or a RecoveryView).
  const answer = (sent: Promise<Result<unknown>>) => sent as Promise<Result<V>>;

  /** Ends the flow in the main process if it is still running. */
  async function abandon(): Promise<void> {
    const current = view.value;
    if (current && !isClosedStep(current.step)) {
      await invoke(`${name}.abandon`, { flowId: current.flowId });
    }
  }

  return {
    view,
    error,
    guarded,
    resend,
    flowId,
    clearRequests,
    abandon,
    /** What both flow stores give their screens alike: the state and the common calls. */
    forScreens: {
      view,
      error,
      errorSerial,
      busy,
      notice,
      abandon,
      back: () => guarded(() => answer(invoke(`${name}.back`, { flowId: flowId() }))),
      confirmSend: () => guarded(() => answer(invoke(`${name}.confirmSend`, { flowId: flowId() }))),
      resendCode: () => resend(() => answer(invoke(`${name}.resendCode`, { flowId: flowId() }))),
      submitCode: (code: string) =>
        guarded(() => answer(invoke(`${name}.submitCode`, { flowId: flowId(), code }))),
      setPassword: (password: string, confirmation: string) =>
        guarded(() =>
          answer(invoke(`${name}.setPassword`, { flowId: flowId(), password, confirmation })),
        ),
    },
  };
}
