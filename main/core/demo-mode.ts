import type { KioskDatabase } from '../database/open-database';

/** Demo mode: the bundled fictional roster is loaded (meta roster_source = 'demo'). */
export function createDemoModeCheck(db: KioskDatabase): () => boolean {
  const select = db.prepare("SELECT value FROM meta WHERE key = 'roster_source'");
  return () => (select.get() as { value: string } | undefined)?.value === 'demo';
}
