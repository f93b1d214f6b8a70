// After an error that keeps the parent on the same screen, the focus goes where the error is
// (errorPlacement): the field to correct, else the message itself. Without this the busy
// button's focus falls back to the page body.
import { nextTick, watch } from 'vue';
import type { ErrorField } from '../format/error-placement';

export interface ErrorFocusTarget {
  /** Where to look: the screen, or one child's card. */
  scope: ParentNode | null;
  /** The field to focus ([data-field] of a KioskField); null or absent: the message. */
  focus: ErrorField | null;
}

export function focusForError(target: ErrorFocusTarget): void {
  const { scope, focus } = target;
  if (!scope) return;
  const input = focus
    ? scope.querySelector<HTMLElement>(`[data-field="${focus}"] [data-kiosk-input]`)
    : null;
  (input ?? scope.querySelector<HTMLElement>('[data-error-message]'))?.focus();
}

/** Calls focusForError after the render that shows each new error (`serial` bumped). */
export function useErrorFocus(serial: () => number, target: () => ErrorFocusTarget | null) {
  watch(serial, async () => {
    await nextTick();
    const where = target();
    if (where) focusForError(where);
  });
}

/** The screen being shown (activation screens and the login screen mark their root). */
export const currentScreen = (): ParentNode | null =>
  typeof document === 'undefined' ? null : document.querySelector('[data-screen]');
