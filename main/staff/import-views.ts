// What the console is shown of an import: the engine's counts and problems as the contract's
// plain views (shared/import-view.ts).
import {
  IMPORT_LISTED_PROBLEMS,
  type ImportCountsView,
  type ImportProblemView,
} from '../../shared/import-view';
import type { RosterImportOutcome } from '../roster/roster-import';
import type { RosterProblem } from '../roster/roster-problem';

export function countsView(outcome: RosterImportOutcome): ImportCountsView {
  return {
    source: outcome.source,
    schoolUai: outcome.schoolUai,
    schoolYear: outcome.schoolYear,
    students: outcome.students,
    enrolled: outcome.enrolled,
    guardians: outcome.guardians,
    links: outcome.links,
    legalLinks: outcome.legalLinks,
    studentsAdded: outcome.studentsAdded,
    studentsUpdated: outcome.studentsUpdated,
    studentsGone: outcome.studentsGone,
    guardiansAdded: outcome.guardiansAdded,
    guardiansUpdated: outcome.guardiansUpdated,
    guardiansGone: outcome.guardiansGone,
    linksAdded: outcome.linksAdded,
    linksRemoved: outcome.linksRemoved,
    demoRosterRemoved: outcome.demoRosterRemoved,
    changed: outcome.changed,
  };
}

/** Blocking problems first, then in file order, so the list reads like the files. */
export function problemViews(problems: readonly RosterProblem[]): ImportProblemView[] {
  return [...problems]
    .sort(
      (a, b) =>
        Number(b.severity === 'fatal') - Number(a.severity === 'fatal') ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0),
    )
    .slice(0, IMPORT_LISTED_PROBLEMS)
    .map((p) => ({
      blocking: p.severity === 'fatal',
      file: p.file,
      line: p.line,
      element: p.element,
      recordId: p.recordId,
      subject: p.subject ?? null,
      reason: p.reason,
    }));
}
