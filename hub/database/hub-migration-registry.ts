import type { HubMigration } from './hub-migration';
import { hubMigration001InitialSchema } from './migrations/001-initial-schema';
import { hubMigration002GuardianAccounts } from './migrations/002-guardian-accounts';
import { hubMigration003LiveChangesIndex } from './migrations/003-live-changes-index';
import { hubMigration004AppliedEvents } from './migrations/004-applied-events';

/** Every schema version of the hub in order. Append only: a released migration is never edited. */
export const HUB_MIGRATIONS: readonly HubMigration[] = [
  hubMigration001InitialSchema,
  hubMigration002GuardianAccounts,
  hubMigration003LiveChangesIndex,
  hubMigration004AppliedEvents,
];
