import type { Migration } from './migration';
import { migration001InitialSchema } from './migrations/001-initial-schema';
import { migration002SweepAndWindowIndexes } from './migrations/002-sweep-and-window-indexes';
import { migration003AccountAndRosterLifecycle } from './migrations/003-account-and-roster-lifecycle';
import { migration006OndeSchoolSource } from './migrations/006-onde-school-source';

/** Every schema version in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  migration001InitialSchema,
  migration002SweepAndWindowIndexes,
  migration003AccountAndRosterLifecycle,
  migration006OndeSchoolSource,
];
