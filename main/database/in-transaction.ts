import type { KioskDatabase } from './open-database';

/** Runs `fn` in one IMMEDIATE transaction: its changes land together or not at all. */
export function inTransaction<T>(db: KioskDatabase, fn: () => T): T {
  return db.transaction(fn).immediate();
}
