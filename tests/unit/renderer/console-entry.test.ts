import { describe, expect, it } from 'vitest';
import {
  createCornerTapCounter,
  isConsoleChord,
} from '../../../renderer/src/console/console-entry';
import { dayRange, localDayStart } from '../../../renderer/src/format/console-dates';
import { percentage } from '../../../renderer/src/format/percentage';

describe('the console gesture', () => {
  it('opens on the fifth tap in the top-left corner within three seconds', () => {
    const counter = createCornerTapCounter();
    const results = [0, 400, 800, 1200, 1600].map((t) => counter.tap(10, 20, t));
    expect(results).toEqual([false, false, false, false, true]);
    // And starts counting again afterwards.
    expect(counter.tap(10, 20, 1700)).toBe(false);
  });

  it('does not open for slow taps, or when a tap lands elsewhere in between', () => {
    const slow = createCornerTapCounter();
    expect([0, 1000, 2000, 3000, 4000].map((t) => slow.tap(5, 5, t))).not.toContain(true);
    const interrupted = createCornerTapCounter();
    const taps = [
      interrupted.tap(5, 5, 0),
      interrupted.tap(5, 5, 100),
      interrupted.tap(500, 400, 200), // a parent's tap on the page
      interrupted.tap(5, 5, 300),
      interrupted.tap(5, 5, 400),
      interrupted.tap(5, 5, 500),
    ];
    expect(taps).not.toContain(true);
  });

  it('also opens on Ctrl+Alt+S only', () => {
    const key = { ctrlKey: true, altKey: true, shiftKey: false, metaKey: false, code: 'KeyS' };
    expect(isConsoleChord(key)).toBe(true);
    expect(isConsoleChord({ ...key, altKey: false })).toBe(false);
    expect(isConsoleChord({ ...key, shiftKey: true })).toBe(false);
    expect(isConsoleChord({ ...key, code: 'KeyD' })).toBe(false);
  });
});

describe('the audit filter days', () => {
  it('turns "jj/mm/aaaa" days into local midnights, the "au" day included', () => {
    const range = dayRange('01/12/2026', '02/12/2026');
    expect(range).toEqual({
      ok: true,
      from: new Date(2026, 11, 1).toISOString(),
      to: new Date(2026, 11, 3).toISOString(),
    });
    expect(dayRange('', '')).toEqual({ ok: true });
  });

  it('names the field of a day that does not exist', () => {
    expect(localDayStart('31/02/2026')).toBeNull();
    expect(dayRange('31/02/2026', '')).toEqual({ ok: false, field: 'from' });
    expect(dayRange('', '2026-12-01')).toEqual({ ok: false, field: 'to' });
  });

  it('rounds shares to whole percents, 0 of 0 being 0', () => {
    expect(percentage(2, 3)).toBe(67);
    expect(percentage(0, 0)).toBe(0);
  });
});
