import type { Migration } from './migration';
import { migration001InitialSchema } from './migrations/001-initial-schema';

/** Every schema version in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [migration001InitialSchema];
