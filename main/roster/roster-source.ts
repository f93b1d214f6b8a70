import type { KioskDatabase } from '../database/open-database';

/** meta key telling where the loaded roster came from: 'demo', 'siecle' or 'onde'. */
export const ROSTER_SOURCE_META_KEY = 'roster_source';

export type RosterSource = 'demo' | 'siecle' | 'onde';

const ROSTER_SOURCES: readonly string[] = ['demo', 'siecle', 'onde'] satisfies RosterSource[];

/**
 * Reads the loaded roster's source with one statement prepared once: the core builds it once
 * and asks on every call that depends on demo mode.
 */
export function createRosterSourceReader(db: KioskDatabase) {
  const select = db.prepare('SELECT value FROM meta WHERE key = ?');
  const source = (): RosterSource | null => {
    const row = select.get(ROSTER_SOURCE_META_KEY) as { value: string } | undefined;
    return row !== undefined && ROSTER_SOURCES.includes(row.value)
      ? (row.value as RosterSource)
      : null;
  };
  return {
    source,
    /** Demo mode: the bundled fictional roster is loaded (the on-screen demo phone may be used). */
    isDemoMode: (): boolean => source() === 'demo',
  };
}

/** One-off read (the importer, the composition root). */
export function readRosterSource(db: KioskDatabase): RosterSource | null {
  return createRosterSourceReader(db).source();
}

/** One-off check of demo mode (the composition root). */
export function isDemoMode(db: KioskDatabase): boolean {
  return readRosterSource(db) === 'demo';
}
