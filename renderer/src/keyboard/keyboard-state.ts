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
/** Bumped by every key that types or erases: typing on screen is typing (the idle reset arms). */
export const keysTyped = ref(0);

/** Marks the inputs the keyboard types into ([data-kiosk-input]) and the panel itself. */
export const KIOSK_INPUT_SELECTOR = '[data-kiosk-input]';
export const KEYBOARD_PANEL_SELECTOR = '[data-keyboard-panel]';

export function openKeyboard(target: KeyboardTarget): void {
  // The same field tapped again: the keyboard is already there, nothing to move.
  if (keyboardTarget.value?.element === target.element) return;
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
 * True when focus on `element` should leave the keyboard open: a kiosk field, or the keyboard
 * panel itself ("Fermer le clavier" reached with Tab). Anything else closes it.
 */
export function keepsKeyboard(element: Element | null): boolean {
  if (!element) return true; // focus went nowhere (a tap on empty space): leave it as it is
  return element.closest(`${KIOSK_INPUT_SELECTOR}, ${KEYBOARD_PANEL_SELECTOR}`) !== null;
}

export interface Box {
  top: number;
  bottom: number;
}

export interface ScrollInput {
  /** The whole field: label, hint, error, input. */
  field: Box;
  /** The input itself. */
  input: Box;
  /** The screen's primary button for this field, if any. */
  primary: Box | null;
  /** The visible band: under sticky things at the top, above the keyboard. */
  viewTop: number;
  viewBottom: number;
  margin: number;
}

const span = (a: Box, b: Box | null): Box =>
  b ? { top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom) } : a;

/**
 * How far to scroll (px, positive = down) so the field and its primary button are both in the
 * visible band, scrolling as little as possible (so the button ends just above the keyboard).
 * When both do not fit, the field's label is given up first, then the button: the input being
 * typed into always stays visible.
 */
export function keyboardScrollDelta(input: ScrollInput): number {
  const room = input.viewBottom - input.viewTop - 2 * input.margin;
  const candidates = [
    span(input.field, input.primary),
    span(input.input, input.primary),
    input.input,
  ];
  const target = candidates.find((box) => box.bottom - box.top <= room) ?? input.input;
  const top = input.viewTop + input.margin;
  const bottom = input.viewBottom - input.margin;
  if (target.top < top) return target.top - top;
  if (target.bottom > bottom) return Math.min(target.bottom - bottom, target.top - top);
  return 0;
}

const boxOf = (element: Element): Box => {
  const rect = element.getBoundingClientRect();
  return { top: rect.top, bottom: rect.bottom };
};

/**
 * Scrolls so that the field and its primary button ([data-primary] in the closest
 * [data-kb-group], else in the screen) stay above the docked keyboard.
 */
export function keepAboveKeyboard(element: HTMLElement): void {
  if (typeof window === 'undefined') return;
  // Sticky things at the top (the demo banner) hide content too.
  const viewTop = document.querySelector('[data-sticky-top]')?.getBoundingClientRect().bottom ?? 0;
  const group = element.closest('[data-kb-group]') ?? element.closest('[data-screen]');
  const primary = group?.querySelector<HTMLElement>('[data-primary]') ?? null;
  const delta = keyboardScrollDelta({
    field: boxOf(element.closest('.field') ?? element),
    input: boxOf(element),
    primary: primary ? boxOf(primary) : null,
    viewTop,
    viewBottom: window.innerHeight - keyboardHeight.value,
    margin: 16,
  });
  if (Math.abs(delta) > 1) window.scrollBy({ top: delta, behavior: 'instant' as ScrollBehavior });
}
