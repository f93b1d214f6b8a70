import type { KioskDatabase } from '../database/open-database';

/** meta key telling where the loaded roster came from: 'demo' or 'siecle'. */
export const ROSTER_SOURCE_META_KEY = 'roster_source';

export type RosterSource = 'demo' | 'siecle';

export function readRosterSource(db: KioskDatabase): RosterSource | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(ROSTER_SOURCE_META_KEY) as
    { value: string } | undefined;
  return row?.value === 'demo' || row?.value === 'siecle' ? row.value : null;
}

/** Demo mode: the bundled fictional roster is loaded (and the on-screen demo phone may be used). */
export function isDemoMode(db: KioskDatabase): boolean {
  return readRosterSource(db) === 'demo';
}
