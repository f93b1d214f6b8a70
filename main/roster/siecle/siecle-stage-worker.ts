// Worker thread entry (bundled as siecle-stage-worker.cjs next to the main bundles): reads one
// SIECLE file, a plain XML file or a zip's entry, into its staging file, so that the two files
// of an export are parsed and staged at once on two cores (see stage-siecle-in-worker.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { openSiecleZip } from './open-siecle-zip';
import {
  stageSiecleSource,
  type SiecleSourceStaging,
  type SiecleStagingTarget,
} from './stage-siecle-source';
import { xmlFileSource, type XmlSource, type XmlSourceLocation } from './stream-xml-file';

export interface SiecleStageWorkerData {
  name: string;
  location: XmlSourceLocation;
  target: SiecleStagingTarget;
}

export type SiecleStageWorkerMessage =
  { type: 'staged'; staging: SiecleSourceStaging } | { type: 'failed'; reason: string };

async function stageInWorker(data: SiecleStageWorkerData): Promise<SiecleSourceStaging> {
  const { name, location, target } = data;
  if (location.kind === 'file')
    return stageSiecleSource(xmlFileSource(location.path, name), target);
  // The import's thread has already checked the archive and this entry.
  const zip = await openSiecleZip(location.path);
  try {
    const source: XmlSource | undefined = zip.sources.find(
      (s) => s.location.kind === 'zip' && s.location.entry === location.entry,
    );
    if (source === undefined) throw new Error(`${name} is no longer in the archive`);
    return await stageSiecleSource(source, target);
  } finally {
    zip.close();
  }
}

const port = parentPort;
if (port === null) throw new Error('siecle-stage-worker must run in a worker thread');
stageInWorker(workerData as SiecleStageWorkerData).then(
  (staging) => port.postMessage({ type: 'staged', staging } satisfies SiecleStageWorkerMessage),
  (error: unknown) =>
    port.postMessage({
      type: 'failed',
      reason: error instanceof Error ? error.message : String(error),
    } satisfies SiecleStageWorkerMessage),
);
