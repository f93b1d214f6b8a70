// What a SIECLE reading worker thread sends to the thread that stages the records
// (see read-siecle-in-worker.ts and siecle-read-worker.ts).
import type { RosterProblem } from '../roster-problem';
import type { SiecleSourceReading } from './read-siecle-source';
import type {
  SiecleGuardianRecord,
  SiecleLinkRecord,
  SiecleRecordSink,
  SiecleStudentRecord,
} from './siecle-file';

export interface SiecleRecordBatch {
  type: 'batch';
  students: SiecleStudentRecord[];
  classes: Array<[studentId: string, className: string, line: number]>;
  guardians: SiecleGuardianRecord[];
  links: SiecleLinkRecord[];
}

export interface SiecleReadDone extends SiecleSourceReading {
  type: 'done';
  problems: RosterProblem[];
}

export type SiecleReadMessage = SiecleRecordBatch | SiecleReadDone;

export interface SiecleReadWorkerData {
  path: string;
  name: string;
  /** One Int32: batches sent and not yet staged (the worker waits when too many are). */
  inFlight: SharedArrayBuffer;
}

// Records per message: large enough that posting costs little per record, small enough that
// the staging thread starts early and memory holds a few batches only.
export const RECORDS_PER_BATCH = 2048;
// Batches the reader may be ahead of the staging: bounds memory if the staging falls behind.
export const MAX_BATCHES_IN_FLIGHT = 16;

export const emptyBatch = (): SiecleRecordBatch => ({
  type: 'batch',
  students: [],
  classes: [],
  guardians: [],
  links: [],
});

export const batchSize = (batch: SiecleRecordBatch): number =>
  batch.students.length + batch.classes.length + batch.guardians.length + batch.links.length;

/** Gives a batch's records to `sink`, in the order the reader met them within each kind. */
export function replayBatch(batch: SiecleRecordBatch, sink: SiecleRecordSink): void {
  for (const student of batch.students) sink.student(student);
  for (const [studentId, className, line] of batch.classes) {
    sink.studentClass(studentId, className, line);
  }
  for (const guardian of batch.guardians) sink.guardian(guardian);
  for (const link of batch.links) sink.link(link);
}
