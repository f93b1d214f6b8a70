import { open, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { KioskDatabase } from '../../database/open-database';
import type { RosterProblem } from '../roster-problem';
import { attachStagingFiles, makeStagingDir } from '../staging/staging-files';
import { looksLikeZip, openSiecleZip, type OpenedZip } from './open-siecle-zip';
import type { SiecleSchoolHeader } from './siecle-file';
import { stageSiecleSourceInWorker, siecleStageWorkerScript } from './stage-siecle-in-worker';
import {
  stageSiecleSource,
  type SiecleSourceStaging,
  type SiecleStagingTarget,
} from './stage-siecle-source';
import { streamXmlSource, xmlFileSource, type XmlSource } from './stream-xml-file';

const fileProblem = (
  severity: RosterProblem['severity'],
  file: string | null,
  reason: string,
): RosterProblem => ({ severity, file, line: null, element: null, recordId: null, reason });

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

// Below this size a guardians file's links are not worth a thread of their own.
const LINKS_THREAD_MIN_BYTES = 16 * 1024 * 1024;

export interface StageSiecleFilesOptions {
  /** The worker to use (tests), null to stage on this thread. */
  workerScript?: string | null;
  /** From what size a guardians file's links get a thread of their own (tests: 0). */
  linksThreadFromBytes?: number;
}

/**
 * Stages SIECLE exports for `db`'s import: the students file and the guardians file, each given
 * as the XML or as the zip the export tool produces, in any order. Each file is parsed and
 * staged into a staging file of its own, on its own worker thread when the bundled worker is
 * there, and a large guardians file's links block on a third (see stageGuardiansLinksApart);
 * the staging files are attached to `db` once all is read without a fatal problem (see
 * staging-files.ts; stage_files, TEMP, must exist: resetStagingTables). Returns the school
 * they are for, or null when a problem is fatal (problems say what; the staging is then moot).
 */
export async function stageSiecleFiles(
  db: KioskDatabase,
  paths: readonly string[],
  problems: RosterProblem[],
  {
    workerScript = siecleStageWorkerScript(),
    linksThreadFromBytes = LINKS_THREAD_MIN_BYTES,
  }: StageSiecleFilesOptions = {},
): Promise<SiecleSchoolHeader | null> {
  const zips: OpenedZip[] = [];
  const read: Array<{ name: string; kind: 'students' | 'guardians'; school: SiecleSchoolHeader }> =
    [];
  const stagingPaths: string[] = [];
  try {
    const sources: XmlSource[] = [];
    for (const path of paths) {
      const name = basename(path);
      let head: Buffer;
      try {
        head = await readHead(path);
      } catch (error) {
        problems.push(
          fileProblem('fatal', name, `cannot read the file: ${(error as Error).message}`),
        );
        continue;
      }
      if (!looksLikeZip(head)) {
        sources.push({ ...xmlFileSource(path, name), bytes: (await stat(path)).size });
        continue;
      }
      const zip = await openSiecleZip(path);
      zips.push(zip);
      for (const error of zip.errors) problems.push(fileProblem('fatal', name, error));
      for (const ignored of zip.ignored) problems.push(fileProblem('warning', name, ignored));
      sources.push(...zip.sources);
    }
    // A refused archive says all there is to say.
    if (problems.some((p) => p.severity === 'fatal')) return null;
    // Which file is which, from the root element alone, so that a wrong set of files is
    // refused for that before anything is read.
    const kinds = new Map<XmlSource, 'students' | 'guardians'>();
    for (const source of sources) {
      const kind = await rootKindOf(source);
      if (kind !== null) kinds.set(source, kind);
    }
    if (!pairIsComplete(sources, kinds, problems)) return null;
    const dir = makeStagingDir(db);
    const nameFile = db.prepare('INSERT INTO temp.stage_files (id, name) VALUES (?, ?)');
    const stage = (source: XmlSource, target: SiecleStagingTarget) =>
      workerScript === null
        ? stageSiecleSource(source, target)
        : stageSiecleSourceInWorker(workerScript, source, target);
    // All files at once, each on its own worker thread when the bundled worker is there.
    const stagings = await allStaged(
      sources.map((source, index) => {
        const kind = kinds.get(source) ?? null;
        nameFile.run(index + 1, source.name);
        const target: SiecleStagingTarget = {
          dbPath: join(dir, `${index + 1}-${kind ?? 'unrecognised'}.sqlite`),
          fileId: index + 1,
          kind,
        };
        return kind === 'guardians' && (source.bytes ?? 0) >= linksThreadFromBytes
          ? stageGuardiansLinksApart(source, target, stage)
          : stage(source, target).then((staging) => ({ ...staging, paths: [target.dbPath] }));
      }),
    );
    // Problems in file order whatever thread finished first: each file's reading problems,
    // then its duplicates (found when staged).
    stagings.forEach(({ reading, problems: own, paths: staged }, index) => {
      problems.push(...own);
      stagingPaths.push(...staged);
      const { kind, school } = reading;
      const name = (sources[index] as XmlSource).name;
      if (kind !== null && school !== null) read.push({ name, kind, school });
    });
  } finally {
    for (const zip of zips) zip.close();
  }
  if (problems.some((p) => p.severity === 'fatal')) return null;
  const school = checkPair(read, problems);
  if (school !== null) attachStagingFiles(db, stagingPaths);
  return school;
}

/**
 * The stagings' results once every one has stopped: a staging failure (disk full…) is thrown
 * only then, so that no thread is left writing into the staging of a failed import.
 */
async function allStaged<T>(stagings: ReadonlyArray<Promise<T>>): Promise<T[]> {
  const settled = await Promise.allSettled(stagings);
  return settled.map((outcome) => {
    if (outcome.status === 'rejected') throw outcome.reason;
    return outcome.value;
  });
}

type StageOne = (source: XmlSource, target: SiecleStagingTarget) => Promise<SiecleSourceStaging>;

/**
 * A large guardians file read by two threads at once: one reads its persons, up to the
 * RESPONSABLES block, while the other finds that block in the bytes and reads the links from
 * there to the file's end. Both readings say where the block started; when they disagree (the
 * persons come after the links, a comment holds the tag, a multi-byte encoding), the links
 * thread's work is dropped and, if need be, the file read again by one thread.
 */
async function stageGuardiansLinksApart(
  source: XmlSource,
  target: SiecleStagingTarget,
  stage: StageOne,
): Promise<SiecleSourceStaging & { paths: string[] }> {
  const linksTarget: SiecleStagingTarget = {
    dbPath: target.dbPath.replace(/\.sqlite$/, '-links.sqlite'),
    fileId: target.fileId,
    kind: 'links',
  };
  const [persons, links] = (await allStaged([
    stage(source, { ...target, leaveLinks: true }),
    stage(source, linksTarget),
  ])) as [SiecleSourceStaging, SiecleSourceStaging];
  const left = persons.reading.linksLeftAt;
  const started = links.linksStartedAt;
  if (left === null) {
    await rm(linksTarget.dbPath, { force: true });
    return { ...persons, paths: [target.dbPath] };
  }
  if (started !== null && started.position === left.position && started.line === left.line) {
    return {
      ...persons,
      problems: [...persons.problems, ...links.problems],
      paths: [target.dbPath, linksTarget.dbPath],
    };
  }
  await rm(linksTarget.dbPath, { force: true });
  await rm(target.dbPath, { force: true });
  const whole = await stage(source, target);
  return { ...whole, paths: [target.dbPath] };
}

/** BEE_ELEVES → students, BEE_RESPONSABLES → guardians; null otherwise (reported when read). */
async function rootKindOf(source: XmlSource): Promise<'students' | 'guardians' | null> {
  let kind: 'students' | 'guardians' | null = null;
  await streamXmlSource(source, (signal) => ({
    open(_path, name) {
      kind = name === 'BEE_ELEVES' ? 'students' : name === 'BEE_RESPONSABLES' ? 'guardians' : null;
      signal.stop();
    },
    close: () => undefined,
  }));
  return kind;
}

/**
 * One students file and one guardians file. Files whose root could not be read are left to
 * the reading, which says why.
 */
function pairIsComplete(
  sources: readonly XmlSource[],
  kinds: ReadonlyMap<XmlSource, 'students' | 'guardians'>,
  problems: RosterProblem[],
): boolean {
  if (kinds.size < sources.length) return true;
  const students = sources.filter((s) => kinds.get(s) === 'students');
  const guardians = sources.filter((s) => kinds.get(s) === 'guardians');
  const names = (files: readonly XmlSource[]) => files.map((f) => f.name).join(', ');
  if (students.length === 0) {
    problems.push(
      fileProblem(
        'fatal',
        null,
        'no students file (root <BEE_ELEVES>, e.g. ElevesSansAdresses.xml) was given',
      ),
    );
  }
  if (guardians.length === 0) {
    problems.push(
      fileProblem(
        'fatal',
        null,
        'no guardians file (root <BEE_RESPONSABLES>, e.g. ResponsablesAvecAdresses.xml) was given',
      ),
    );
  }
  if (students.length > 1) {
    problems.push(fileProblem('fatal', null, `several students files given: ${names(students)}`));
  }
  if (guardians.length > 1) {
    problems.push(fileProblem('fatal', null, `several guardians files given: ${names(guardians)}`));
  }
  return students.length === 1 && guardians.length === 1;
}

/** The two files are of one school (and, preferably, one school year). */
function checkPair(
  read: Array<{ name: string; kind: 'students' | 'guardians'; school: SiecleSchoolHeader }>,
  problems: RosterProblem[],
): SiecleSchoolHeader | null {
  const studentsFile = read.find((r) => r.kind === 'students');
  const guardiansFile = read.find((r) => r.kind === 'guardians');
  if (!studentsFile || !guardiansFile) return null;
  const uai = studentsFile.school.uai;
  const otherUai = guardiansFile.school.uai;
  if (uai !== null && otherUai !== null && uai !== otherUai) {
    problems.push({
      ...fileProblem(
        'fatal',
        guardiansFile.name,
        `the files come from two schools: ${studentsFile.name} is for ${uai}, ${guardiansFile.name} for ${otherUai}`,
      ),
      element: 'UAJ',
    });
    return null;
  }
  const year = studentsFile.school.schoolYear;
  const otherYear = guardiansFile.school.schoolYear;
  if (year !== null && otherYear !== null && year !== otherYear) {
    problems.push({
      ...fileProblem(
        'warning',
        guardiansFile.name,
        `the files are for different school years (${year} and ${otherYear}); export both again if in doubt`,
      ),
      element: 'ANNEE_SCOLAIRE',
    });
  }
  return { uai: uai ?? otherUai, schoolYear: year ?? otherYear };
}
