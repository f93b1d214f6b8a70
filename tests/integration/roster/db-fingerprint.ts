import { createHash } from 'node:crypto';
import type { KioskDatabase } from '../../../main/database/open-database';

const TABLES = [
  'meta',
  'schools',
  'students',
  'guardians',
  'guardian_students',
  'accounts',
  'account_students',
  'flows',
  'wrong_link_reports',
  'events',
  'audit_log',
];

/**
 * Row counts per table and a checksum of every row, to prove an import changed nothing.
 * `except` leaves tables out (the console audits a refused or cancelled import).
 */
export function fingerprintDatabase(
  db: KioskDatabase,
  except: readonly string[] = [],
): {
  counts: Record<string, number>;
  checksum: string;
} {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const table of TABLES.filter((name) => !except.includes(name))) {
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
    counts[table] = rows.length;
    hash.update(`${table}:${JSON.stringify(rows)}\n`);
  }
  return { counts, checksum: hash.digest('hex') };
}
