import type { KioskDatabase } from '../database/open-database';
import type { Clock } from '../platform/clock';
import { applyRosterSnapshot } from '../roster/apply-roster-snapshot';
import { DEMO_ROSTER } from './demo-roster';

/**
 * A kiosk with no school at all starts in demo mode with the bundled fictional roster, so it
 * can be tried before a real export is imported. Returns whether the demo roster was loaded.
 */
export function ensureDemoRoster(db: KioskDatabase, clock: Clock): boolean {
  const anySchool = db.prepare('SELECT 1 FROM schools LIMIT 1').get();
  if (anySchool !== undefined) return false;
  applyRosterSnapshot(db, DEMO_ROSTER, { clock, actor: 'kiosk' });
  return true;
}
