// simple-keyboard layouts: AZERTY with French accents (+ shift and a numbers layer) for names,
// identifier and password; a digit pad for code and dates; for phones, the pad with a "+" as
// on a phone ("+33 6…", "+262…" as printed on a contract). The field takes spaces from a
// physical keyboard; the pad does not need them.
import type { KeyboardKind } from './keyboard-state';

export type LayoutObject = Record<string, string[]>;

export const TEXT_LAYOUT: LayoutObject = {
  default: [
    'é è ê ë à ç ù ï ô œ {bksp}',
    'a z e r t y u i o p',
    'q s d f g h j k l m',
    "{shift} w x c v b n ' - . {shift}",
    '{numbers} {space}',
  ],
  shift: [
    'É È Ê Ë À Ç Ù Ï Ô Œ {bksp}',
    'A Z E R T Y U I O P',
    'Q S D F G H J K L M',
    "{shift} W X C V B N ' - . {shift}",
    '{numbers} {space}',
  ],
  numbers: [
    '1 2 3 4 5 6 7 8 9 0 {bksp}',
    "@ _ - ' . , ; : ! ?",
    '( ) / + = * & % # €',
    '{abc} {space}',
  ],
};

export const NUMERIC_LAYOUT: LayoutObject = {
  default: ['1 2 3', '4 5 6', '7 8 9', '0 {bksp}'],
};

export const PHONE_LAYOUT: LayoutObject = {
  default: ['1 2 3', '4 5 6', '7 8 9', '+ 0 {bksp}'],
};

export function layoutFor(kind: KeyboardKind): LayoutObject {
  if (kind === 'numeric') return NUMERIC_LAYOUT;
  if (kind === 'phone') return PHONE_LAYOUT;
  return TEXT_LAYOUT;
}

/** What a key press does to the field (null: a layer switch handled by the keyboard). */
export function textForKey(button: string): string | null {
  if (button === '{space}') return ' ';
  if (button.startsWith('{') && button.endsWith('}') && button.length > 2) return null;
  return button;
}
