import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RosterProblem } from '../roster-problem';
import type { SiecleSourceReading } from './read-siecle-source';
import {
  replayBatch,
  type SiecleReadMessage,
  type SiecleReadWorkerData,
} from './siecle-read-batch';
import type { SiecleRecordSink } from './siecle-file';

export const SIECLE_READ_WORKER_FILE = 'siecle-read-worker.cjs';

/**
 * The bundled worker script next to this bundle (dist/main, dist/bench), or null: run from
 * sources (tests) or inside Electron (whose app.asar a worker thread is not known to load
 * from), the files are read on the calling thread instead, with the same code.
 */
export function siecleReadWorkerScript(): string | null {
  if (process.versions.electron !== undefined) return null;
  const script = join(__dirname, SIECLE_READ_WORKER_FILE);
  return existsSync(script) ? script : null;
}

/**
 * Reads one SIECLE XML file on a worker thread (`script`, see siecle-read-worker.ts) while this
 * thread gives its records to `sink` as they arrive: readSiecleSource, on two threads. Never
 * throws for a bad file: what is wrong is pushed to `problems`.
 */
export function readSiecleFileInWorker(
  script: string,
  file: { path: string; name: string },
  sink: SiecleRecordSink,
  problems: RosterProblem[],
): Promise<SiecleSourceReading> {
  const inFlight = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const counter = new Int32Array(inFlight);
  const data: SiecleReadWorkerData = { path: file.path, name: file.name, inFlight };
  const worker = new Worker(script, { workerData: data });
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      problems.push({
        severity: 'fatal',
        file: file.name,
        line: null,
        element: null,
        recordId: null,
        reason: `cannot read the file: ${reason}`,
      });
      void worker.terminate();
      resolve({ kind: null, school: null });
    };
    worker.on('message', (message: SiecleReadMessage) => {
      if (settled) return;
      if (message.type === 'batch') {
        try {
          replayBatch(message, sink);
        } catch (error) {
          // A staging failure (disk full…) is the caller's to see, as on one thread.
          settled = true;
          void worker.terminate();
          reject(error as Error);
        } finally {
          Atomics.sub(counter, 0, 1);
          Atomics.notify(counter, 0);
        }
        return;
      }
      settled = true;
      problems.push(...message.problems);
      resolve({ kind: message.kind, school: message.school });
    });
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`the reading thread stopped (exit code ${code})`));
  });
}
