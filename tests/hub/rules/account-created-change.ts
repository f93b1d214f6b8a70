// An `account.created` as a kiosk pushes it, for the hub rules' tests: a fresh account id, the
// guardians given (the first one's child), a password hash that is no secret.
import { randomUUID } from 'node:crypto';
import type { SyncedChange } from '../../../shared/sync/sync-protocol';

export type AccountCreated = Extract<SyncedChange, { type: 'account.created' }>;

export function accountCreatedChange(
  identifier: string,
  guardianIds: readonly string[],
  schoolUai: string,
): AccountCreated {
  return {
    type: 'account.created',
    accountId: randomUUID(),
    identifier,
    firstName: 'Patrick',
    passwordHash: `scrypt$${'a'.repeat(40)}`,
    mustChangePassword: false,
    guardians: guardianIds.map((sourceId) => ({ schoolUai, sourceId })),
    students: [{ schoolUai, sourceId: `child-of-${guardianIds[0] ?? ''}` }],
  };
}
