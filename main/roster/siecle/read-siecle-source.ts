import type { RosterProblem } from '../roster-problem';
import { collectSiecleGuardians } from './collect-siecle-guardians';
import { collectSiecleStudents } from './collect-siecle-students';
import type { SiecleRecordSink, SiecleSchoolHeader } from './siecle-file';
import { createProblemSink } from './siecle-problem-sink';
import { streamXmlSource, type XmlSource, type XmlVisitor } from './stream-xml-file';

type Collector = { visitor: XmlVisitor; finish(): SiecleSchoolHeader; allRead(): boolean };

export interface SiecleSourceReading {
  /** null when the file could not be read or recognised (see problems). */
  kind: 'students' | 'guardians' | null;
  school: SiecleSchoolHeader | null;
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
): Promise<SiecleSourceReading> {
  const report = createProblemSink(source.name, problems);
  let collector: Collector | null = null;
  let kind: SiecleSourceReading['kind'] = null;

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
    return { kind: null, school: null };
  }
  // A wrong root element was reported above and reading stopped there.
  if (collector === null) return { kind: null, school: null };
  return { kind, school: (collector as Collector).finish() };
}
