// Worker thread entry (bundled as siecle-read-worker.cjs next to the main bundles): reads one
// SIECLE XML file, parsing and checking its records, and posts them in batches to the thread
// that stages them, so that parsing and SQLite writing run at once on two cores.
import { parentPort, workerData } from 'node:worker_threads';
import type { RosterProblem } from '../roster-problem';
import { readSiecleSource } from './read-siecle-source';
import {
  batchingSink,
  emptyBatch,
  MAX_BATCHES_IN_FLIGHT,
  RECORDS_PER_BATCH,
  type SiecleReadMessage,
  type SiecleReadWorkerData,
} from './siecle-read-batch';
import { xmlFileSource } from './stream-xml-file';

async function readInWorker(data: SiecleReadWorkerData): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('siecle-read-worker must run in a worker thread');
  const inFlight = new Int32Array(data.inFlight);
  const post = (message: SiecleReadMessage) => port.postMessage(message);
  let batch = emptyBatch();
  const send = () => {
    if (batch.size === 0) return;
    // Blocks this thread only (it has nothing else to do) while the staging catches up.
    for (let n = Atomics.load(inFlight, 0); n >= MAX_BATCHES_IN_FLIGHT;) {
      Atomics.wait(inFlight, 0, n);
      n = Atomics.load(inFlight, 0);
    }
    Atomics.add(inFlight, 0, 1);
    post(batch);
    batch = emptyBatch();
  };
  const sink = batchingSink(
    () => batch,
    () => {
      if (batch.size >= RECORDS_PER_BATCH) send();
    },
  );
  const problems: RosterProblem[] = [];
  const reading = await readSiecleSource(xmlFileSource(data.path, data.name), sink, problems);
  send();
  post({ type: 'done', ...reading, problems });
}

void readInWorker(workerData as SiecleReadWorkerData);
