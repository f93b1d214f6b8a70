// After a refused submit, focus the message (field error or form error) so it is announced
// and the staff member starts from it.
import { nextTick, watch } from 'vue';

export function useFocusOnError(serial: () => number) {
  watch(serial, async () => {
    await nextTick();
    const target =
      document.querySelector<HTMLElement>('main [aria-invalid="true"]') ??
      document.querySelector<HTMLElement>('main [data-error-message]');
    target?.focus({ preventScroll: true });
  });
}
