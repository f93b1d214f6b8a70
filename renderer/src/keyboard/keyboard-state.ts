// Which field the on-screen keyboard types into. Module state (not Pinia): it holds a DOM
// element and callbacks, and an idle reset simply closes it.
import { ref, shallowRef } from 'vue';

export type KeyboardKind = 'text' | 'numeric' | 'phone';

export interface KeyboardTarget {
  element: HTMLInputElement;
  kind: KeyboardKind;
  /** Password: nothing about the typed keys may show (no key highlight, no preview). */
  secret: boolean;
  label: string;
  insert(text: string): void;
  backspace(): void;
}

export const keyboardTarget = shallowRef<KeyboardTarget | null>(null);
/** Height in CSS px of the docked keyboard (0 when closed); the page pads itself by it. */
export const keyboardHeight = ref(0);

export function openKeyboard(target: KeyboardTarget): void {
  keyboardTarget.value = target;
}

export function closeKeyboard(): void {
  keyboardTarget.value = null;
}

/** A field going away closes the keyboard if it was typing into it. */
export function detachKeyboard(element: HTMLInputElement | null): void {
  if (element && keyboardTarget.value?.element === element) keyboardTarget.value = null;
}

/**
 * Scrolls so that the field and its primary button ([data-primary] in the closest
 * [data-kb-group], else in the screen) stay above the docked keyboard.
 */
export function keepAboveKeyboard(element: HTMLElement): void {
  if (typeof window === 'undefined') return;
  const margin = 24;
  const keyboardTop = window.innerHeight - keyboardHeight.value;
  // Sticky things at the top (the demo banner) hide content too.
  const top =
    (document.querySelector('[data-sticky-top]')?.getBoundingClientRect().bottom ?? 0) + margin;
  const fieldBox = (element.closest('.field') ?? element).getBoundingClientRect();
  const group = element.closest('[data-kb-group]') ?? element.closest('[data-screen]');
  const primary = group?.querySelector<HTMLElement>('[data-primary]');
  let delta = 0;
  if (primary) {
    const box = primary.getBoundingClientRect();
    if (box.bottom + margin > keyboardTop) delta = box.bottom + margin - keyboardTop;
  }
  if (fieldBox.top - delta < top) delta = fieldBox.top - top;
  if (fieldBox.bottom - delta + margin > keyboardTop)
    delta = fieldBox.bottom + margin - keyboardTop;
  if (Math.abs(delta) > 1) window.scrollBy({ top: delta, behavior: 'instant' as ScrollBehavior });
}
