// The one roster import engine, whatever the format: read into staging (nothing written to the
// kiosk's tables), preview counts and problems, then apply in ONE transaction. The CLI, the
// demo roster and the console's import screen all go through here.
import { randomUUID } from 'node:crypto';
import { reconcileMobileCorrections } from '../desk/reconcile-mobile-corrections';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import { createJournal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import { purgeGoneRoster, type PurgeReport } from './purge-gone-roster';
import { removeDemoRoster } from './remove-demo-roster';
import { RosterImportError } from './roster-import-error';
import type { OndeSchool } from './onde/build-onde-snapshot';
import { isCsvPath, readOndeRoster } from './onde/read-onde-roster';
import { hasFatalProblem, type RosterProblem } from './roster-problem';
import { isUai, type RosterSnapshot } from './roster-snapshot';
import { readRosterSource, ROSTER_SOURCE_META_KEY } from './roster-source';
import { stageSiecleFiles } from './siecle/stage-siecle-files';
import { applyStagedRoster } from './staging/apply-staged-roster';
import { checkStagedRoster, type CheckStagedRosterOptions } from './staging/check-staged-roster';
import {
  countStagedRoster,
  type RosterImportCounts,
  type StagedTotals,
} from './staging/count-staged-roster';
import { createRosterStager } from './staging/roster-stager';
import {
  createStagingTables,
  dropStagingTables,
  keyStagedLinks,
  resetStagingTables,
} from './staging/roster-staging-tables';

/**
 * What to import:
 * - `files`: a school's two exports, told apart by their content, in any order. SIECLE
 *   (collèges, lycées): the students and guardians XML files or the export tool's zips (one zip
 *   may hold both). ONDE (écoles): the students and guardians .csv exports; as ONDE files do not
 *   name their school, `ondeSchool` must give its UAI (and optionally its name), otherwise the
 *   preview reports a fatal problem. Any .csv path makes the pair an ONDE one; `ondeSchool` is
 *   ignored for SIECLE files, which name their school.
 * - `snapshot`: a roster another reader built in memory (the bundled demo).
 */
export type RosterImportInput =
  | { kind: 'files'; paths: readonly string[]; ondeSchool?: OndeSchool | null }
  | { kind: 'snapshot'; snapshot: RosterSnapshot; problems?: readonly RosterProblem[] };

export interface RosterSchoolInfo {
  source: RosterSnapshot['source'];
  schoolUai: string;
  schoolYear: number | null;
}

/** What an import holds and does (preview: would do). */
export interface RosterImportOutcome extends RosterSchoolInfo, RosterImportCounts {
  /** The bundled demo roster is (would be) deleted because a real one arrived. */
  demoRosterRemoved: boolean;
  /** false when the database already holds exactly this roster: nothing is written. */
  changed: boolean;
}

export interface ImportSummary extends RosterImportOutcome {
  accountsDisabled: number;
  accountsEnabled: number;
  /** Gone longer than the grace period, deleted by this import (S-DATA-2). */
  purged: PurgeReport;
}

export interface RosterPreview {
  /** Pass to applyRosterImport; only the latest preview of a database can be applied. */
  token: string;
  /** false when a problem is fatal: nothing can be imported. */
  importable: boolean;
  /** null when not importable. */
  outcome: RosterImportOutcome | null;
  problems: RosterProblem[];
}

export interface ApplyRosterImportOptions {
  clock: Clock;
  /** Who asked, for the audit log: 'cli', 'kiosk', a staff account… */
  actor: string;
  /** Purge people gone longer than this many days in the same transaction; omitted: no purge. */
  purgeGraceDays?: number;
}

interface StagedImport {
  token: string;
  school: RosterSchoolInfo & { name: string | null };
  problems: RosterProblem[];
  /** What the staging holds, counted by the preview (the apply does not change the staging). */
  totals: StagedTotals;
}

// Negative: KiB (32 MB), as SQLite's cache_size reads it. More was measured to gain nothing at
// académie scale, and the memory goes to the staging threads.
const APPLY_CACHE_SIZE = -32 * 1024;

// The staging belongs to the connection (TEMP tables, attached files): one pending import per
// connection.
const pending = new WeakMap<KioskDatabase, StagedImport>();

/** The preview token is not the latest of this database (another preview replaced it, or it was applied). */
export class StaleRosterPreviewError extends Error {
  override name = 'StaleRosterPreviewError';
  constructor() {
    super('This roster preview is no longer current: preview the files again before importing');
  }
}

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
  school: StagedImport['school'] | null,
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
  pending.set(db, { token, school, problems, totals: counts });
  const demoRosterRemoved = school.source !== 'demo' && readRosterSource(db) === 'demo';
  const rowWrites =
    counts.studentsAdded +
    counts.studentsUpdated +
    counts.studentsGone +
    counts.guardiansAdded +
    counts.guardiansUpdated +
    counts.guardiansGone +
    counts.linksAdded +
    counts.linksUpdated +
    counts.linksRemoved;
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

/**
 * Applies the previewed roster in ONE transaction and frees the staging. Throws
 * StaleRosterPreviewError for a token that is not the pending one; nothing is written then.
 */
export function applyRosterImport(
  db: KioskDatabase,
  token: string,
  { clock, actor, purgeGraceDays }: ApplyRosterImportOptions,
): ImportSummary {
  const staged = pending.get(db);
  if (staged === undefined || staged.token !== token) throw new StaleRosterPreviewError();
  // A large roster's apply looks up every staged row in the kiosk's indexes: give it the same
  // page cache as the staging for the length of the transaction.
  const cacheSize = db.pragma('main.cache_size', { simple: true }) as number;
  db.pragma(`main.cache_size = ${APPLY_CACHE_SIZE}`);
  try {
    return inTransaction(db, () => {
      const now = clock.now();
      const { school } = staged;
      const demoRosterRemoved =
        school.source !== 'demo' && readRosterSource(db) === 'demo' && removeDemoRoster(db);
      const schoolChanged = upsertSchool(db, school, now);
      const counts = applyStagedRoster(db, school.schoolUai, now, staged.totals);
      // Mobiles recorded at the desk: kept, confirmed or flagged against the new export's numbers.
      reconcileMobileCorrections(db, {
        schoolUai: school.schoolUai,
        now,
        actor,
        journal: createJournal(db),
      });
      const sourceChanged = readRosterSource(db) !== school.source;
      if (sourceChanged) {
        db.prepare(
          'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        ).run(ROSTER_SOURCE_META_KEY, school.source);
      }
      const purged =
        purgeGraceDays === undefined
          ? { students: 0, guardians: 0, accounts: 0 }
          : purgeGoneRoster(db, { now, graceDays: purgeGraceDays, actor });
      const rowWrites =
        counts.studentsAdded +
        counts.studentsUpdated +
        counts.studentsGone +
        counts.guardiansAdded +
        counts.guardiansUpdated +
        counts.guardiansGone +
        counts.linksAdded +
        counts.linksUpdated +
        counts.linksRemoved +
        counts.accountsDisabled +
        counts.accountsEnabled +
        purged.students +
        purged.guardians;
      const changed = demoRosterRemoved || schoolChanged || sourceChanged || rowWrites > 0;
      const summary: ImportSummary = {
        source: school.source,
        schoolUai: school.schoolUai,
        schoolYear: school.schoolYear,
        ...counts,
        demoRosterRemoved,
        changed,
        purged,
      };
      if (changed) {
        db.prepare('UPDATE schools SET imported_at = ? WHERE uai = ?').run(
          now.toISOString(),
          school.schoolUai,
        );
        // Counts only: the journal is synced and must carry no personal data.
        const counted = { ...summary };
        createJournal(db).record({
          at: now,
          type: 'roster.imported',
          entityId: school.schoolUai,
          payload: counted,
          audit: { actor, details: counted },
        });
      }
      return summary;
    });
  } finally {
    db.pragma(`main.cache_size = ${cacheSize}`);
    discardRosterImport(db);
  }
}

/** Forgets the pending preview of this database and frees its staging. */
export function discardRosterImport(db: KioskDatabase): void {
  pending.delete(db);
  if (db.open) dropStagingTables(db);
}

/**
 * Preview then apply in one call; throws RosterImportError (nothing written) on a fatal
 * problem. Returns the summary with the warnings.
 */
export async function importRoster(
  db: KioskDatabase,
  input: RosterImportInput,
  options: ApplyRosterImportOptions,
): Promise<{ summary: ImportSummary; problems: RosterProblem[] }> {
  const preview = await previewRosterImport(db, input);
  if (!preview.importable) throw new RosterImportError(preview.problems);
  return { summary: applyRosterImport(db, preview.token, options), problems: preview.problems };
}

type SchoolRow = { name: string | null; school_year: number | null; source: string };

function schoolWouldChange(db: KioskDatabase, school: StagedImport['school']): boolean {
  const row = db
    .prepare('SELECT name, school_year, source FROM schools WHERE uai = ?')
    .get(school.schoolUai) as SchoolRow | undefined;
  if (row === undefined) return true;
  return (
    row.name !== (school.name ?? row.name) ||
    row.school_year !== (school.schoolYear ?? row.school_year) ||
    row.source !== school.source
  );
}

/** Inserts the school or updates what differs; returns whether anything was written. */
function upsertSchool(db: KioskDatabase, school: StagedImport['school'], now: Date): boolean {
  const { schoolUai: uai, name, schoolYear, source } = school;
  const row = db.prepare('SELECT name, school_year, source FROM schools WHERE uai = ?').get(uai) as
    SchoolRow | undefined;
  if (row === undefined) {
    db.prepare(
      'INSERT INTO schools (uai, name, school_year, source, imported_at) VALUES (?, ?, ?, ?, ?)',
    ).run(uai, name, schoolYear, source, now.toISOString());
    return true;
  }
  if (!schoolWouldChange(db, school)) return false;
  // SIECLE files carry no school name: keep one set earlier rather than erase it.
  db.prepare('UPDATE schools SET name = ?, school_year = ?, source = ? WHERE uai = ?').run(
    name ?? row.name,
    schoolYear ?? row.school_year,
    source,
    uai,
  );
  return true;
}
