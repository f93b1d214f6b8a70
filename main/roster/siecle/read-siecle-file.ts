import { basename } from 'node:path';
import type { RosterProblem } from '../roster-problem';
import { collectSiecleGuardians } from './collect-siecle-guardians';
import { collectSiecleStudents } from './collect-siecle-students';
import type { SiecleFile, SiecleFileReading } from './siecle-file';
import { createProblemSink } from './siecle-problem-sink';
import { streamXmlFile, type XmlVisitor } from './stream-xml-file';

type Collector = { visitor: XmlVisitor; finish(): SiecleFile };

/**
 * Reads one SIECLE export, telling students from guardians by its root element (BEE_ELEVES or
 * BEE_RESPONSABLES), so files can be given in any order. Never throws for a bad file: problems
 * say what is wrong, and `file` is null when nothing usable could be read.
 */
export async function readSiecleFile(path: string): Promise<SiecleFileReading> {
  const fileName = basename(path);
  const problems: RosterProblem[] = [];
  const report = createProblemSink(fileName, problems);
  let collector: Collector | null = null;

  const failure = await streamXmlFile(path, (signal) => ({
    open(elementPath, name, attributes, line) {
      if (collector === null) {
        if (name === 'BEE_ELEVES') collector = collectSiecleStudents(fileName, report);
        else if (name === 'BEE_RESPONSABLES') collector = collectSiecleGuardians(fileName, report);
        else {
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
    close(elementPath, name, text, line) {
      collector?.visitor.close(elementPath, name, text, line);
    },
  }));

  if (failure !== null) {
    report('fatal', failure, failure.reason);
    return { file: null, problems };
  }
  // A wrong root element was reported above and reading stopped there.
  if (collector === null) return { file: null, problems };
  return { file: (collector as Collector).finish(), problems };
}
