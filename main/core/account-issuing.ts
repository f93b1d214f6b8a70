import { createAccountCreator } from '../accounts/account-creator';
import { createIdentifierAllocator } from '../accounts/identifier-allocator';
import type { KioskDatabase } from '../database/open-database';
import type { Journal } from '../journal/journal';

/**
 * How a parent's account comes to exist, shared by the two ways it can: a parent's activation
 * at the kiosk and the secretariat's desk issuing an identifier.
 */
export function createAccountIssuing(db: KioskDatabase, journal: Journal) {
  return {
    createAccount: createAccountCreator(db, journal),
    allocateIdentifier: createIdentifierAllocator(db),
  };
}

export type AccountIssuing = ReturnType<typeof createAccountIssuing>;
