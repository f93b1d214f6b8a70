// The first half of an import: read and check a roster into the connection's staging and count
// what applying it would change, writing nothing to the kiosk's tables.
import { randomUUID } from 'node:crypto';
import type { KioskDatabase } from '../database/open-database';
import { isCsvPath } from '../../shared/roster-rules';
import type { OndeSchool } from './onde/build-onde-snapshot';
import { readOndeRoster } from './onde/read-onde-roster';
import {
  discardRosterImport,
  rememberPendingPreview,
  type PendingRosterPreview,
} from './pending-roster-preview';
import type { RosterImportInput, RosterPreview } from './roster-import';
import { hasFatalProblem, type RosterProblem } from './roster-problem';
import { rosterRowWrites } from './roster-row-writes';
import { schoolWouldChange } from './roster-school-row';
import { isUai, type RosterSnapshot } from './roster-snapshot';
import { readRosterSource } from './roster-source';
import { stageSiecleFiles } from './siecle/stage-siecle-files';
import { checkStagedRoster, type CheckStagedRosterOptions } from './staging/check-staged-roster';
import { countStagedRoster } from './staging/count-staged-roster';
import { createRosterStager } from './staging/roster-stager';
import {
  createStagingTables,
  dropStagingTables,
  keyStagedLinks,
  resetStagingTables,
} from './staging/roster-staging-tables';

/**
 * Reads and checks a roster into this connection's staging area and counts what importing it
 * would change. Writes nothing to the kiosk's tables. A previous pending preview is discarded.
 */
export async function previewRosterImport(
  db: KioskDatabase,
  input: RosterImportInput,
): Promise<RosterPreview> {
  if (input.kind === 'snapshot') return previewRosterSnapshot(db, input.snapshot, input.problems);
  if (input.paths.some(isCsvPath))
    return previewOndeFiles(db, input.paths, input.ondeSchool ?? null);
  const problems = startStaging(db, []);
  let header: Awaited<ReturnType<typeof stageSiecleFiles>>;
  try {
    header = await stageSiecleFiles(db, input.paths, problems);
  } catch (error) {
    discardRosterImport(db);
    throw error;
  }
  const school =
    header?.uai == null
      ? null
      : {
          source: 'siecle' as const,
          schoolUai: header.uai,
          schoolYear: header.schoolYear,
          name: null,
        };
  return finishPreview(db, school, problems);
}

/** ONDE exports are small (one école): read into a snapshot, then staged like any snapshot. */
async function previewOndeFiles(
  db: KioskDatabase,
  paths: readonly string[],
  school: OndeSchool | null,
): Promise<RosterPreview> {
  const { snapshot, problems } = await readOndeRoster(paths, school);
  if (snapshot !== null) {
    // The ONDE reader reports a guardian without a mobile with its line and ONDE's column names.
    return previewRosterSnapshot(db, snapshot, problems, { reportGuardiansWithoutMobile: false });
  }
  discardRosterImport(db);
  return finishPreview(db, null, problems);
}

/** previewRosterImport for a roster already in memory (the demo, ONDE files once read): synchronous. */
export function previewRosterSnapshot(
  db: KioskDatabase,
  snapshot: RosterSnapshot,
  readProblems: readonly RosterProblem[] = [],
  checks: CheckStagedRosterOptions = {},
): RosterPreview {
  const problems = startStaging(db, readProblems);
  if (!isUai(snapshot.school.uai)) {
    problems.push({
      severity: 'fatal',
      file: null,
      line: null,
      element: null,
      recordId: null,
      reason: `the roster has no valid school id (UAI): "${snapshot.school.uai}"`,
    });
  }
  createStagingTables(db, 'temp', ['students', 'guardians', 'links']);
  createRosterStager(db, (problem) => problems.push(problem)).stageSnapshot(snapshot);
  keyStagedLinks(db, 'temp');
  return finishPreview(
    db,
    {
      source: snapshot.source,
      schoolUai: snapshot.school.uai,
      schoolYear: snapshot.school.schoolYear,
      name: snapshot.school.name,
    },
    problems,
    checks,
  );
}

/** Frees any earlier staging of `db` and starts a new one; returns its problems so far. */
function startStaging(db: KioskDatabase, readProblems: readonly RosterProblem[]): RosterProblem[] {
  discardRosterImport(db);
  resetStagingTables(db);
  return [...readProblems];
}

function finishPreview(
  db: KioskDatabase,
  school: PendingRosterPreview['school'] | null,
  problems: RosterProblem[],
  checks: CheckStagedRosterOptions = {},
): RosterPreview {
  const token = randomUUID();
  if (school === null || hasFatalProblem(problems)) {
    dropStagingTables(db);
    return { token, importable: false, outcome: null, problems };
  }
  problems.push(...checkStagedRoster(db, checks));
  const counts = countStagedRoster(db, school.schoolUai);
  rememberPendingPreview(db, { token, school, totals: counts });
  const demoRosterRemoved = school.source !== 'demo' && readRosterSource(db) === 'demo';
  const rowWrites = rosterRowWrites(counts);
  return {
    token,
    importable: true,
    problems,
    outcome: {
      source: school.source,
      schoolUai: school.schoolUai,
      schoolYear: school.schoolYear,
      ...counts,
      demoRosterRemoved,
      changed:
        demoRosterRemoved ||
        schoolWouldChange(db, school) ||
        readRosterSource(db) !== school.source ||
        rowWrites > 0,
    },
  };
}
