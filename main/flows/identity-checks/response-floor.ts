import { performance } from 'node:perf_hooks';

/**
 * S-ENUM-1: whatever the outcome, the answer leaves no earlier than `floorMs` after the call
 * started, so a match and a mismatch cannot be told apart by their timing. Real elapsed time,
 * not the injectable clock: this is about wall time seen by the person.
 */
export async function withResponseFloor<T>(
  floorMs: number,
  sleep: (ms: number) => Promise<void>,
  work: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const result = await work();
  const remaining = floorMs - (performance.now() - started);
  if (remaining > 0) await sleep(Math.ceil(remaining));
  return result;
}
