// A staff account form's submit: one call at a time, the refused answer as a French message
// next to its field (staff-form-fields.ts) and focused, the keyboard closed on success.
import { computed, onBeforeUnmount, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc-contract';
import { useDeskCall } from '../desk/use-desk-call';
import { errorMessage } from '../format/error-message';
import { closeKeyboard } from '../keyboard/keyboard-state';
import { useConsoleStore } from '../stores/console';
import { staffFormFieldOf, type StaffFormField } from './staff-form-fields';
import { useFocusOnError } from './use-focus-on-error';

export function useStaffForm() {
  const { t } = useI18n();
  const { busy, error, call } = useDeskCall();
  const errorSerial = ref(0);
  const message = computed(() =>
    error.value ? errorMessage(t, error.value, { forStaff: true }) : null,
  );
  const field = computed(() => staffFormFieldOf(error.value?.code));
  useFocusOnError(() => errorSerial.value);

  async function submit<C extends Channel>(
    channel: C,
    request: RequestOf<C>,
  ): Promise<ResponseOf<C> | null> {
    const value = await call(channel, request);
    if (value !== null) closeKeyboard();
    else if (error.value) errorSerial.value += 1;
    return value;
  }

  return {
    busy,
    submit,
    errorFor: (name: StaffFormField) => (field.value === name ? message.value : null),
    /** An error that belongs to no field. */
    formError: computed(() => (field.value ? null : message.value)),
  };
}

/**
 * The login and the first account: their call goes through the console store (which keeps who
 * is logged in); its refusal is shown and focused as useStaffForm's are.
 */
export function useStaffEntryForm() {
  const { t } = useI18n();
  const staffConsole = useConsoleStore();
  onBeforeUnmount(() => staffConsole.clearError());
  const message = computed(() =>
    staffConsole.error ? errorMessage(t, staffConsole.error, { forStaff: true }) : null,
  );
  const field = computed(() => staffFormFieldOf(staffConsole.error?.code));
  useFocusOnError(() => staffConsole.errorSerial);
  return {
    staffConsole,
    errorFor: (name: StaffFormField) => (field.value === name ? message.value : null),
    formError: computed(() => (field.value ? null : message.value)),
  };
}
