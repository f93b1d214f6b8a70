// Kiosk status from the main process, and the demo phone's inbox (demo mode only).
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { DemoSms, KioskStatus } from '../../../shared/kiosk-status';
import { invoke } from '../bridge/kiosk-client';
import { forThisVisit } from '../bridge/screen-call';

export const DEMO_POLL_MS = 1500;

export const useKioskStore = defineStore('kiosk', () => {
  const status = shallowRef<KioskStatus | null>(null);
  const loadFailed = ref(false);
  const demoMessages = ref<DemoSms[]>([]);
  /** Highest SMS id already seen; kept across resets so old SMS never come back on screen. */
  const lastSmsId = ref(0);

  let baselineTaken = false;

  const demoMode = computed(() => status.value?.demoMode === true);
  /** The on-screen phone exists only while the demo gateway is used (a real one sends nothing). */
  const demoPhoneShown = computed(
    () => demoMode.value && status.value?.realGatewayOnDemoRoster !== true,
  );

  async function load(): Promise<boolean> {
    const result = await invoke('kiosk.status', {});
    if (result.ok) {
      status.value = result.value;
      loadFailed.value = false;
      return true;
    }
    loadFailed.value = true;
    return false;
  }

  async function pollInbox(): Promise<void> {
    if (!demoPhoneShown.value) return;
    const request = lastSmsId.value > 0 ? { afterId: lastSmsId.value } : {};
    const result = await forThisVisit(() => invoke('demo.inbox', request));
    if (!result?.ok) return;
    if (!baselineTaken) {
      // SMS sent before this page started, or before the last reset, belong to earlier
      // visitors (an SMS of a send still on its way at the reset too): never show them.
      baselineTaken = true;
      lastSmsId.value = Math.max(lastSmsId.value, ...result.value.map((sms) => sms.id));
      return;
    }
    const fresh = result.value.filter((sms) => sms.id > lastSmsId.value);
    if (fresh.length === 0) return;
    lastSmsId.value = Math.max(lastSmsId.value, ...fresh.map((sms) => sms.id));
    demoMessages.value = [...demoMessages.value, ...fresh].slice(-20);
  }

  /** The demo phone shows nothing any more (at "Terminer": no code left on screen). */
  function clearDemoInbox() {
    demoMessages.value = [];
  }

  /** Reset: forget what the demo phone showed (the status itself is not personal). */
  function reset() {
    clearDemoInbox();
    baselineTaken = false;
    // The new baseline at once: the main process answers it after any call of the ended visit
    // still running (calls of a session run in order), so that call's SMS is in the baseline.
    void pollInbox();
  }

  return {
    status,
    loadFailed,
    demoMode,
    demoPhoneShown,
    demoMessages,
    lastSmsId,
    load,
    pollInbox,
    clearDemoInbox,
    reset,
  };
});
