// Pure editing of a field's value by the on-screen keyboard: insert at the caret (replacing a
// selection), delete before the caret, then let the field's formatter clean the result.

export interface EditResult {
  value: string;
  caret: number;
}

export type Formatter = (raw: string) => string;

const clampCaret = (value: string, position: number | null | undefined): number =>
  Math.min(Math.max(position ?? value.length, 0), value.length);

function finish(raw: string, caret: number, format: Formatter | undefined, maxLength?: number) {
  let value = format ? format(raw) : raw;
  if (maxLength !== undefined && value.length > maxLength) value = value.slice(0, maxLength);
  // A formatter may move characters (date slashes): keep the caret where it makes sense.
  return { value, caret: value === raw ? Math.min(caret, value.length) : value.length };
}

export function insertText(
  value: string,
  start: number | null | undefined,
  end: number | null | undefined,
  text: string,
  options: { format?: Formatter; maxLength?: number } = {},
): EditResult {
  const from = clampCaret(value, start);
  const to = Math.max(from, clampCaret(value, end));
  const raw = value.slice(0, from) + text + value.slice(to);
  if (options.maxLength !== undefined && raw.length > options.maxLength && !options.format) {
    return { value, caret: from };
  }
  return finish(raw, from + text.length, options.format, options.maxLength);
}

export function deleteBackward(
  value: string,
  start: number | null | undefined,
  end: number | null | undefined,
  options: { format?: Formatter } = {},
): EditResult {
  const from = clampCaret(value, start);
  const to = Math.max(from, clampCaret(value, end));
  if (from !== to) return finish(value.slice(0, from) + value.slice(to), from, options.format);
  if (from === 0) return { value, caret: 0 };
  // Remove a whole code point (emoji, surrogate pairs) and an automatic slash with its digit.
  let cut = from - 1;
  const code = value.charCodeAt(cut);
  if (code >= 0xdc00 && code <= 0xdfff && cut > 0) cut -= 1;
  const raw = value.slice(0, cut) + value.slice(from);
  return finish(raw, cut, options.format);
}
