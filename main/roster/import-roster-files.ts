import type { KioskDatabase } from '../database/open-database';
import type { OndeSchool } from './onde/build-onde-snapshot';
import type { RosterProblem } from './roster-problem';
import { importRoster, type ApplyRosterImportOptions, type ImportSummary } from './roster-import';

/**
 * Imports a SIECLE students file and guardians file (XML or the export tool's zips, in any
 * order), or an ONDE pair (.csv) of the school `ondeSchool`. Throws RosterImportError, having written nothing, when a problem is fatal; otherwise
 * applies the roster in one transaction and returns the summary with the warnings.
 */
export async function importRosterFiles(
  db: KioskDatabase,
  paths: readonly string[],
  {
    ondeSchool = null,
    ...options
  }: Omit<ApplyRosterImportOptions, 'actor'> & { actor?: string; ondeSchool?: OndeSchool | null },
): Promise<{ summary: ImportSummary; problems: RosterProblem[] }> {
  return importRoster(db, { kind: 'files', paths, ondeSchool }, { actor: 'cli', ...options });
}
