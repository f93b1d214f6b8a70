import type { RosterImportCounts } from './staging/count-staged-roster';

/** How many student, guardian and link rows an import writes (would write): 0 means unchanged. */
export const rosterRowWrites = (counts: RosterImportCounts): number =>
  counts.studentsAdded +
  counts.studentsUpdated +
  counts.studentsGone +
  counts.guardiansAdded +
  counts.guardiansUpdated +
  counts.guardiansGone +
  counts.linksAdded +
  counts.linksUpdated +
  counts.linksRemoved;
