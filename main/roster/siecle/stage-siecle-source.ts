import type { RosterProblem } from '../roster-problem';
import { createRosterStager } from '../staging/roster-stager';
import {
  createStagingTables,
  keyStagedLinks,
  type StagedKind,
} from '../staging/roster-staging-tables';
import { openStagingFile } from '../staging/staging-files';
import { readSiecleSource, type SiecleSourceReading } from './read-siecle-source';
import type { XmlSource } from './stream-xml-file';

/** Where one SIECLE file is staged (see staging-files.ts). */
export interface SiecleStagingTarget {
  /** The staging file to create. */
  dbPath: string;
  /** The file's row in stage_files. */
  fileId: number;
  /** What its root element says it holds; null when unreadable (the reading says why). */
  kind: StagedKind | null;
}

export interface SiecleSourceStaging {
  reading: SiecleSourceReading;
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
    if (target.kind !== null) createStagingTables(db, 'main', [target.kind]);
    const own: RosterProblem[] = [];
    const staged: RosterProblem[] = [];
    const stager = createRosterStager(db, (problem) => staged.push(problem));
    const sink = stager.fileSink(target.fileId, source.name, (problem) => staged.push(problem));
    const reading = await readSiecleSource(source, sink, own);
    stager.flush();
    const problems = [...own, ...staged];
    // Sorting the links by pair here, on the reading's thread, takes it off the import's.
    if (reading.kind === 'guardians' && !problems.some((p) => p.severity === 'fatal')) {
      keyStagedLinks(db, 'main');
    }
    return { reading, problems };
  } finally {
    db.close();
  }
}
