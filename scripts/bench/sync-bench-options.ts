// The flags of `npm run bench:sync` (scripts/bench-sync.mjs hands them to sync-bench.ts).
export const SYNC_BENCH_OPTIONS = {
  scale: { type: 'string', default: '1' },
  dir: { type: 'string' },
} as const;
