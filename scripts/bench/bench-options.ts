// The flags of `npm run bench` (scripts/bench.mjs hands them to roster-import-bench.ts), apart
// from the benchmark, which runs when loaded: it parses with this table, and the documentation's
// test checks against it. `--phase` is the benchmark's own: it runs one measurement in a child.
export const BENCH_OPTIONS = {
  scale: { type: 'string', default: '1' },
  dir: { type: 'string' },
  phase: { type: 'string' },
  runs: { type: 'string', default: '1' },
} as const;
