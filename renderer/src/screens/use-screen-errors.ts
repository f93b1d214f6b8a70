// The error a screen with fields shows, placed by errorPlacement (next to one field, or under
// the form for none) and focused after each new one. One copy for every flow screen, so the
// activation, recovery and password screens cannot drift apart on where an error goes.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { errorMessage, type ReceivedError } from '../format/error-message';
import { errorPlacement, type ErrorField, type ErrorScreen } from '../format/error-placement';
import { currentScreen, useErrorFocus } from './use-error-focus';

export function useScreenErrors(
  screen: ErrorScreen,
  error: () => ReceivedError | null,
  serial: () => number,
) {
  const { t } = useI18n();
  const placement = computed(() => {
    const current = error();
    return current ? errorPlacement(screen, current) : null;
  });
  const message = computed(() => {
    const current = error();
    return current ? errorMessage(t, current) : null;
  });
  /** The message when it belongs next to `field`, else null. */
  const fieldError = (field: ErrorField) =>
    placement.value?.field === field ? message.value : null;
  /** The message when it belongs under the form (it names no field). */
  const formError = computed(() => (placement.value?.field === null ? message.value : null));
  useErrorFocus(
    serial,
    () => placement.value && { scope: currentScreen(), focus: placement.value.focus },
  );
  return { placement, fieldError, formError };
}
