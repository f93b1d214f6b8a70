import { applyRosterSnapshot } from '../../roster/apply-roster-snapshot';
import type { RosterSnapshot } from '../../roster/roster-snapshot';
import type { ChangeAppliers, SyncApplyContext } from './sync-apply-context';
import { PulledChangeRefusedError } from './pulled-change-refused';

/**
 * A roster imported at another kiosk of the school: imported here through the roster import
 * engine's staging and apply (roster-import.ts), exactly as a local import of the same roster
 * would be, all or nothing, with no purge (each kiosk purges on its own imports) and no
 * 'roster.imported' event (it would go back to the hub as this kiosk's own).
 */
export function createRosterApplier(
  context: SyncApplyContext,
): Pick<ChangeAppliers, 'roster.imported'> {
  return {
    'roster.imported'({ snapshot }) {
      if (snapshot.school.uai !== context.schoolUai) {
        throw new PulledChangeRefusedError(
          `a roster of school ${snapshot.school.uai} pulled for school ${context.schoolUai}`,
        );
      }
      const roster: RosterSnapshot = {
        source: snapshot.school.source,
        school: {
          uai: snapshot.school.uai,
          name: snapshot.school.name,
          schoolYear: snapshot.school.schoolYear,
        },
        students: snapshot.students,
        guardians: snapshot.guardians,
        links: snapshot.links,
      };
      const summary = applyRosterSnapshot(context.db, roster, {
        clock: { now: () => context.at },
        actor: 'sync',
        pulledFromHub: true,
      });
      return summary.changed ? 'applied' : 'unchanged';
    },
  };
}
