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

/** The columns each fingerprinted table has now (a later migration may add some). */
export function fingerprintedColumns(db: KioskDatabase): Record<string, string[]> {
  return Object.fromEntries(
    TABLES.map((table) => [
      table,
      (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name),
    ]),
  );
}

/**
 * Row counts per table and a checksum of every row, to prove an import changed nothing.
 * `except` leaves tables out (the console audits a refused or cancelled import); `columns`
 * limits each table to the columns it had before an upgrade.
 */
export function fingerprintDatabase(
  db: KioskDatabase,
  except: readonly string[] = [],
  columns?: Record<string, string[]>,
): {
  counts: Record<string, number>;
  checksum: string;
} {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const table of TABLES.filter((name) => !except.includes(name))) {
    const list = columns?.[table]?.map((name) => `"${name}"`).join(', ') ?? '*';
    const rows = db.prepare(`SELECT ${list} FROM ${table} ORDER BY 1, 2`).all();
    counts[table] = rows.length;
    hash.update(`${table}:${JSON.stringify(rows)}\n`);
  }
  return { counts, checksum: hash.digest('hex') };
}
