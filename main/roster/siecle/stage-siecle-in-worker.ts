import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SiecleStageWorkerData, SiecleStageWorkerMessage } from './siecle-stage-worker';
import {
  stageSiecleSource,
  type SiecleSourceStaging,
  type SiecleStagingTarget,
} from './stage-siecle-source';
import type { XmlSource } from './stream-xml-file';

export const SIECLE_STAGE_WORKER_FILE = 'siecle-stage-worker.cjs';

// Up to three staging threads run at once (a large guardians file's links get their own): a
// young generation of 16 MB each, rather than V8's default of about 48 MB, keeps the import
// within its memory target for no measurable loss of speed.
const STAGING_THREAD_LIMITS = { maxYoungGenerationSizeMb: 16 };

/**
 * In the packaged app the worker script is unpacked next to app.asar (electron-builder.yml,
 * asarUnpack): a worker thread is started from a real file, and from there finds the native
 * better-sqlite3, also unpacked. Paths outside an asar are returned unchanged.
 */
export const outsideAsar = (path: string): string =>
  path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');

/**
 * The bundled worker script next to this bundle (dist/main, dist/bench; app.asar.unpacked in
 * the packaged app), or null when run from sources (tests): the files are then staged on the
 * calling thread, with the same code.
 */
export function siecleStageWorkerScript(): string | null {
  const script = outsideAsar(join(__dirname, SIECLE_STAGE_WORKER_FILE));
  return existsSync(script) ? script : null;
}

/**
 * stageSiecleSource on a worker thread (`script`, see siecle-stage-worker.ts). A thread that
 * cannot start or stops without an answer (a packaging fault, not a bad file, which is a
 * problem of the staging as on one thread) is logged and the file staged on this thread
 * instead; a staging failure (disk full…) is thrown.
 */
export function stageSiecleSourceInWorker(
  script: string,
  source: XmlSource,
  target: SiecleStagingTarget,
): Promise<SiecleSourceStaging> {
  const stageHere = async (reason: string) => {
    console.warn(
      `roster import: the staging thread of ${source.name} failed (${reason}); staging it on the import's thread`,
    );
    rmSync(target.dbPath, { force: true });
    return stageSiecleSource(source, target);
  };
  const data: SiecleStageWorkerData = { name: source.name, location: source.location, target };
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: data, resourceLimits: STAGING_THREAD_LIMITS });
  } catch (error) {
    return stageHere((error as Error).message);
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    const failed = (reason: string) => {
      if (settled) return;
      settled = true;
      // Its staging file is closed before being replaced (Windows cannot delete an open file).
      void worker
        .terminate()
        .catch(() => undefined)
        .then(() => stageHere(reason))
        .then(resolve, reject);
    };
    worker.on('message', (message: SiecleStageWorkerMessage) => {
      if (settled) return;
      settled = true;
      if (message.type === 'staged') resolve(message.staging);
      else reject(new Error(`staging ${source.name} failed: ${message.reason}`));
    });
    worker.on('error', (error) => failed(error.message));
    worker.on('exit', (code) => failed(`exit code ${code}`));
  });
}
