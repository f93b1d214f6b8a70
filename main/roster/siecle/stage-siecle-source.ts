import type { RosterProblem } from '../roster-problem';
import { createRosterStager } from '../staging/roster-stager';
import {
  createStagingTables,
  dropStagedLinks,
  keyStagedLinks,
  type StagedKind,
} from '../staging/roster-staging-tables';
import { openStagingFile } from '../staging/staging-files';
import { readSiecleLinks, readSiecleSource, type SiecleSourceReading } from './read-siecle-source';
import type { XmlPlace, XmlSource } from './stream-xml-file';

/** Where one SIECLE file, or a guardians file's links, is staged (see staging-files.ts). */
export interface SiecleStagingTarget {
  /** The staging file to create. */
  dbPath: string;
  /** The file's row in stage_files. */
  fileId: number;
  /**
   * What its root element says the file holds (null when unreadable: the reading says why);
   * 'links' for the links of a guardians file, read from their block on by a thread of their own.
   */
  kind: StagedKind | null;
  /** A guardians file whose links block another thread stages (see readSiecleLinks). */
  leaveLinks?: boolean;
}

export interface SiecleSourceStaging {
  reading: SiecleSourceReading;
  /** Where the links block started, for a 'links' target; null if it was not found. */
  linksStartedAt: XmlPlace | null;
  /** The file's reading problems, then its duplicate ids (found when staged). */
  problems: RosterProblem[];
}

/**
 * Reads one SIECLE file into a staging file of its own, with its own SQLite connection, so that
 * it may run on any thread (see siecle-stage-worker.ts). Never throws for a bad file (problems
 * say what); a staging failure (disk full…) is thrown.
 */
export async function stageSiecleSource(
  source: XmlSource,
  target: SiecleStagingTarget,
): Promise<SiecleSourceStaging> {
  const db = openStagingFile(target.dbPath);
  try {
    const kinds: StagedKind[] =
      target.kind === 'guardians' ? ['guardians', 'links'] : target.kind ? [target.kind] : [];
    createStagingTables(db, 'main', kinds);
    const own: RosterProblem[] = [];
    const staged: RosterProblem[] = [];
    const stager = createRosterStager(db, (problem) => staged.push(problem));
    const sink = stager.fileSink(target.fileId, source.name, (problem) => staged.push(problem));
    let reading: SiecleSourceReading = { kind: null, school: null, linksLeftAt: null };
    let linksStartedAt: XmlPlace | null = null;
    if (target.kind === 'links') linksStartedAt = await readSiecleLinks(source, sink, own);
    else reading = await readSiecleSource(source, sink, own, { leaveLinks: target.leaveLinks });
    stager.flush();
    const problems = [...own, ...staged];
    const linksHere =
      target.kind === 'links' || (reading.kind === 'guardians' && reading.linksLeftAt === null);
    if (reading.linksLeftAt !== null) dropStagedLinks(db);
    // Sorting the links by pair here, on the reading's thread, takes it off the import's.
    if (linksHere && !problems.some((p) => p.severity === 'fatal')) keyStagedLinks(db, 'main');
    return { reading, linksStartedAt, problems };
  } finally {
    db.close();
  }
}
