import type { RosterProblem } from '../roster-problem';
import { collectSiecleGuardians, LINKS_BLOCK } from './collect-siecle-guardians';
import { collectSiecleStudents } from './collect-siecle-students';
import type { SiecleRecordSink, SiecleSchoolHeader } from './siecle-file';
import { createProblemSink } from './siecle-problem-sink';
import { streamXmlSource, type XmlPlace, type XmlSource, type XmlVisitor } from './stream-xml-file';

const LINKS_PATH = [...LINKS_BLOCK.within, LINKS_BLOCK.element].join('/');

type Collector = {
  visitor: XmlVisitor;
  finish(): SiecleSchoolHeader;
  allRead(): boolean;
  linksFrom?: (path: string) => boolean;
};

export interface SiecleSourceReading {
  /** null when the file could not be read or recognised (see problems). */
  kind: 'students' | 'guardians' | null;
  school: SiecleSchoolHeader | null;
  /**
   * Where the guardians file's RESPONSABLES block starts when it was left to another thread
   * (readSiecleLinks), null when this reading read the links itself.
   */
  linksLeftAt: XmlPlace | null;
}

export interface ReadSiecleSourceOptions {
  /**
   * A guardians file's RESPONSABLES block is left unread when it comes after everything else
   * needed and the file's encoding is single-byte: another thread reads it (readSiecleLinks).
   */
  leaveLinks?: boolean;
}

/**
 * Streams one SIECLE export into `sink`, telling students from guardians by its root element
 * (BEE_ELEVES or BEE_RESPONSABLES), so files can be given in any order. Never throws for a bad
 * file: what is wrong is pushed to `problems` (named after the source).
 */
export async function readSiecleSource(
  source: XmlSource,
  sink: SiecleRecordSink,
  problems: RosterProblem[],
  { leaveLinks = false }: ReadSiecleSourceOptions = {},
): Promise<SiecleSourceReading> {
  const report = createProblemSink(source.name, problems);
  let collector: Collector | null = null;
  let kind: SiecleSourceReading['kind'] = null;
  let linksLeftAt: XmlPlace | null = null;

  const failure = await streamXmlSource(source, (signal) => ({
    open(elementPath, name, attributes, line) {
      if (collector === null) {
        if (name === 'BEE_ELEVES') {
          collector = collectSiecleStudents(report, sink);
          kind = 'students';
        } else if (name === 'BEE_RESPONSABLES') {
          collector = collectSiecleGuardians(report, sink);
          kind = 'guardians';
        } else {
          report(
            'fatal',
            { line, element: name },
            `unexpected root element <${name}>: expected <BEE_ELEVES> (students) or <BEE_RESPONSABLES> (guardians)`,
          );
          return signal.stop();
        }
      }
      if (leaveLinks && collector.linksFrom?.(elementPath)) {
        linksLeftAt = signal.place();
        if (linksLeftAt !== null) return signal.stop();
      }
      collector.visitor.open(elementPath, name, attributes, line);
    },
    close(elementPath, name, text, line, parentPath) {
      if (collector === null) return;
      collector.visitor.close(elementPath, name, text, line, parentPath);
      if (collector.allRead()) signal.skipRest();
    },
  }));

  if (failure !== null) {
    report('fatal', failure, failure.reason);
    return { kind: null, school: null, linksLeftAt: null };
  }
  // A wrong root element was reported above and reading stopped there.
  if (collector === null) return { kind: null, school: null, linksLeftAt: null };
  return { kind, school: (collector as Collector).finish(), linksLeftAt };
}

/**
 * Reads the links of a guardians file, from its RESPONSABLES block on, while another thread
 * reads the rest (readSiecleSource with leaveLinks), and checks the file's end. Resolves with
 * where the block starts, to be compared with where the other reading left it: null when the
 * block could not be found (problems say why).
 */
export async function readSiecleLinks(
  source: XmlSource,
  sink: Pick<SiecleRecordSink, 'link'>,
  problems: RosterProblem[],
): Promise<XmlPlace | null> {
  const report = createProblemSink(source.name, problems);
  const collector = collectSiecleGuardians(
    report,
    { link: sink.link, guardian: () => undefined },
    {
      linksOnly: true,
    },
  );
  let startedAt: XmlPlace | null = null;
  const failure = await streamXmlSource(
    source,
    (signal) => ({
      open(elementPath, name, attributes, line) {
        if (startedAt === null && elementPath === LINKS_PATH) startedAt = signal.place();
        collector.visitor.open(elementPath, name, attributes, line);
      },
      close(elementPath, name, text, line, parentPath) {
        collector.visitor.close(elementPath, name, text, line, parentPath);
        if (collector.allRead()) signal.skipRest();
      },
    }),
    { from: LINKS_BLOCK },
  );
  if (failure !== null) report('fatal', failure, failure.reason);
  return startedAt;
}
