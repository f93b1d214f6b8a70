// What a SIECLE reading worker thread sends to the thread that stages the records
// (see read-siecle-in-worker.ts and siecle-read-worker.ts).
import type { RosterProblem } from '../roster-problem';
import type { SiecleSourceReading } from './read-siecle-source';
import { foldGuardianNames } from './fold-guardian-names';
import type { SiecleRecordSink } from './siecle-file';

type Field = string | number | boolean | null;

/**
 * Records as flat arrays of their fields, one array per kind: copying plain strings and numbers
 * between threads costs far less than copying a million objects with their property names.
 */
export interface SiecleRecordBatch {
  type: 'batch';
  /** sourceId, line, familyName, usageName, firstName, birthDate, enrolled; … */
  students: Field[];
  /** studentId, className, line; … */
  classes: Field[];
  /**
   * sourceId, line, civility, familyName, usageName, firstName, mobileE164, mobileProblem, and
   * the folded family, usage and first names (folded on the reading thread); …
   */
  guardians: Field[];
  /** line, studentSourceId, guardianSourceId, legalLevel, relationCode; … */
  links: Field[];
  /** Records in the batch. */
  size: number;
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
export const RECORDS_PER_BATCH = 4096;
// Batches the reader may be ahead of the staging: bounds memory if the staging falls behind.
export const MAX_BATCHES_IN_FLIGHT = 8;

export const emptyBatch = (): SiecleRecordBatch => ({
  type: 'batch',
  students: [],
  classes: [],
  guardians: [],
  links: [],
  size: 0,
});

/** A sink that appends each record's fields to `batch()` and calls `added` after each. */
export function batchingSink(batch: () => SiecleRecordBatch, added: () => void): SiecleRecordSink {
  return {
    student(s) {
      const b = batch();
      b.students.push(s.sourceId, s.line, s.familyName, s.usageName, s.firstName, s.birthDate);
      b.students.push(s.enrolled);
      b.size++;
      added();
    },
    studentClass(studentId, className, line) {
      const b = batch();
      b.classes.push(studentId, className, line);
      b.size++;
      added();
    },
    guardian(g) {
      const b = batch();
      b.guardians.push(g.sourceId, g.line, g.civility, g.familyName, g.usageName, g.firstName);
      const keys = foldGuardianNames(g);
      b.guardians.push(g.mobileE164, g.mobileProblem, keys.family, keys.usage, keys.first);
      b.size++;
      added();
    },
    link(l) {
      const b = batch();
      b.links.push(l.line, l.studentSourceId, l.guardianSourceId, l.legalLevel, l.relationCode);
      b.size++;
      added();
    },
  };
}

// The casts below only restore the types batchingSink wrote at these places.
const str = (value: Field | undefined) => value as string;
const optional = (value: Field | undefined) => value as string | null;
const num = (value: Field | undefined) => value as number;

/** Gives a batch's records to `sink`, in the order the reader met them within each kind. */
export function replayBatch(batch: SiecleRecordBatch, sink: SiecleRecordSink): void {
  const { students: s, classes: c, guardians: g, links: l } = batch;
  for (let i = 0; i < s.length; i += 7) {
    sink.student({
      sourceId: str(s[i]),
      line: num(s[i + 1]),
      familyName: str(s[i + 2]),
      usageName: optional(s[i + 3]),
      firstName: str(s[i + 4]),
      birthDate: str(s[i + 5]),
      enrolled: s[i + 6] === true,
    });
  }
  for (let i = 0; i < c.length; i += 3) sink.studentClass(str(c[i]), str(c[i + 1]), num(c[i + 2]));
  for (let i = 0; i < g.length; i += 11) {
    sink.guardian({
      sourceId: str(g[i]),
      line: num(g[i + 1]),
      civility: optional(g[i + 2]),
      familyName: str(g[i + 3]),
      usageName: optional(g[i + 4]),
      firstName: str(g[i + 5]),
      mobileE164: optional(g[i + 6]),
      mobileProblem: optional(g[i + 7]),
      nameKeys: { family: str(g[i + 8]), usage: optional(g[i + 9]), first: str(g[i + 10]) },
    });
  }
  for (let i = 0; i < l.length; i += 5) {
    sink.link({
      line: num(l[i]),
      studentSourceId: str(l[i + 1]),
      guardianSourceId: str(l[i + 2]),
      legalLevel: num(l[i + 3]) as 1 | 2 | 3,
      relationCode: optional(l[i + 4]),
    });
  }
}
