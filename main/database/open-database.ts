import Database from 'better-sqlite3';
import { runMigrations } from './run-migrations';

export type KioskDatabase = Database.Database;

/** Opens (creating if needed) the roster database, in WAL mode, migrated to the latest schema. */
export function openDatabase(file: string): KioskDatabase {
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  try {
    runMigrations(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
