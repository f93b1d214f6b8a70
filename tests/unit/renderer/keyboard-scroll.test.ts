import { describe, expect, it } from 'vitest';
import { keyboardScrollDelta, type Box } from '../../../renderer/src/keyboard/keyboard-state';

// Landscape 1080 px: demo banner down to 68 px, keyboard from 624 px.
const view = { viewTop: 68, viewBottom: 624, margin: 16 };
const box = (top: number, bottom: number): Box => ({ top, bottom });
/** Where things end up after scrolling by `delta`. */
const moved = (b: Box, delta: number): Box => ({ top: b.top - delta, bottom: b.bottom - delta });
const visible = (b: Box) => b.top >= view.viewTop && b.bottom <= view.viewBottom;

describe('keeping the field and the primary button above the keyboard', () => {
  it('does not move when both are visible', () => {
    expect(
      keyboardScrollDelta({
        ...view,
        field: box(100, 211),
        input: box(139, 211),
        primary: box(400, 466),
      }),
    ).toBe(0);
  });

  it('scrolls so the primary button sits just above the keyboard, the field still visible', () => {
    // "Nom" focused, "Recevoir mon code SMS" at 570–636 behind the keyboard (the review's case).
    const field = box(100, 211);
    const primary = box(570, 636);
    const delta = keyboardScrollDelta({ ...view, field, input: box(139, 211), primary });
    expect(delta).toBe(636 + 16 - 624);
    expect(visible(moved(field, delta))).toBe(true);
    expect(visible(moved(primary, delta))).toBe(true);
  });

  it('scrolls back up to a field hidden under the banner', () => {
    const field = box(20, 130);
    const delta = keyboardScrollDelta({
      ...view,
      field,
      input: box(58, 130),
      primary: box(300, 366),
    });
    expect(delta).toBe(20 - 68 - 16);
  });

  it('gives up the label, then the button, when they cannot all fit', () => {
    // Label + error make the field tall: the input and the button still fit.
    const input = box(210, 282);
    const primary = box(660, 726);
    const delta = keyboardScrollDelta({ ...view, field: box(80, 282), input, primary });
    expect(visible(moved(input, delta))).toBe(true);
    expect(visible(moved(primary, delta))).toBe(true);
    // A button too far below: the input being typed into wins.
    const far = keyboardScrollDelta({
      ...view,
      field: box(80, 282),
      input,
      primary: box(900, 966),
    });
    expect(visible(moved(input, far))).toBe(true);
  });

  it('works without a primary button and with the button above the field', () => {
    expect(
      keyboardScrollDelta({ ...view, field: box(500, 700), input: box(620, 700), primary: null }),
    ).toBe(700 + 16 - 624);
    const delta = keyboardScrollDelta({
      ...view,
      field: box(480, 590),
      input: box(520, 590),
      primary: box(300, 366),
    });
    expect(delta).toBe(0);
  });
});
