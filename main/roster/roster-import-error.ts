import { formatRosterProblem, type RosterProblem } from './roster-problem';

/** An import refused before anything was written; carries every problem found. */
export class RosterImportError extends Error {
  constructor(readonly problems: readonly RosterProblem[]) {
    const fatal = problems.filter((p) => p.severity === 'fatal');
    const first = fatal[0];
    super(
      `Roster import rejected (${fatal.length} blocking problem${fatal.length === 1 ? '' : 's'})` +
        (first ? `: ${formatRosterProblem(first)}` : ''),
    );
    this.name = 'RosterImportError';
  }
}

/** The preview token is not the latest of this database (another preview replaced it, or it was applied). */
export class StaleRosterPreviewError extends Error {
  override name = 'StaleRosterPreviewError';
  constructor() {
    super('This roster preview is no longer current: preview the files again before importing');
  }
}
