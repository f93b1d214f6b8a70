import type { KioskDatabase } from '../../database/open-database';
import { rosterSubject, type RosterProblem } from '../roster-problem';
import type {
  RosterSnapshot,
  SnapshotGuardian,
  SnapshotLink,
  SnapshotStudent,
} from '../roster-snapshot';
import { foldGuardianNames } from '../siecle/fold-guardian-names';
import {
  DUPLICATE_GUARDIAN,
  DUPLICATE_STUDENT,
  twoDivisions,
  type GuardianNameKeys,
  type SiecleRecordSink,
} from '../siecle/siecle-file';

type Row = Array<string | number | null>;
type StudentFields = Omit<SnapshotStudent, 'className'>;
type GuardianFields = SnapshotGuardian;

// Rows are written in batches, each in one short transaction on the TEMP tables only: the
// kiosk's database stays free, no transaction spans the file reading's awaits, and memory holds
// one batch at most. A small batch is written before V8's next minor collection: rows that
// lived through it would be copied, then promoted (a batch of 4096 rows measured about a tenth
// more CPU for a reading thread with the young generation staging threads get).
const BATCH_ROWS = 256;

/**
 * Writes records into the staging tables (see roster-staging-tables.ts) of `db` as a reader
 * produces them, reporting duplicate ids and second divisions when their batch is written. Only
 * the tables a reader fills need exist (a students file's staging has no guardians table).
 */
export function createRosterStager(db: KioskDatabase, report: (problem: RosterProblem) => void) {
  const lazily = (sql: string) => {
    let statement: ReturnType<KioskDatabase['prepare']> | null = null;
    return () => (statement ??= db.prepare(sql));
  };
  const insertStudent = lazily(
    `INSERT INTO stage_students
       (source_id, family_name, usage_name, first_name, birth_date, enrolled, file_id, line)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const insertClass = lazily(
    'INSERT INTO stage_classes (student_source_id, class_name) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  const knownClass = lazily('SELECT class_name FROM stage_classes WHERE student_source_id = ?');
  const insertGuardian = lazily(
    `INSERT INTO stage_guardians
       (source_id, civility, family_name, usage_name, first_name, mobile_e164,
        family_name_key, usage_name_key, first_name_key, mobile_problem, file_id, line)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  // Appended as read; the same pair twice is resolved by keyStagedLinks.
  const insertLink = lazily(
    `INSERT INTO stage_links_read
       (guardian_source_id, student_source_id, legal_level, relation_code, file_id, line)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );

  // Each file's rows carry its id (its row in stage_files), for the checks to name it; a file's
  // duplicates are told to that file's own report.
  const files = new Map<number, { name: string; report: (problem: RosterProblem) => void }>();
  let students: Row[] = [];
  let classes: Row[] = [];
  let guardians: Row[] = [];
  let links: Row[] = [];
  let pending = 0;

  const place = (file: unknown, line: unknown) => ({
    file: typeof file === 'number' ? (files.get(file)?.name ?? null) : null,
    line: typeof line === 'number' ? line : null,
  });
  const reportFor = (file: unknown) =>
    (typeof file === 'number' ? files.get(file)?.report : undefined) ?? report;

  const write = db.transaction(() => {
    for (const row of students) {
      if (insertStudent().run(...row).changes === 0) {
        reportFor(row[6])({
          severity: 'fatal',
          ...place(row[6], row[7]),
          element: 'ELEVE',
          recordId: `ELEVE_ID=${row[0]}`,
          subject: rosterSubject(String(row[1]), String(row[3])),
          reason: DUPLICATE_STUDENT,
        });
      }
    }
    for (const [studentId, className, file, line] of classes) {
      if (insertClass().run(studentId, className).changes > 0) continue;
      const known = (knownClass().get(studentId) as { class_name: string }).class_name;
      if (known === className) continue;
      reportFor(file)({
        severity: 'warning',
        ...place(file, line),
        element: 'STRUCTURE',
        recordId: `ELEVE_ID=${studentId}`,
        reason: twoDivisions(known, String(className)),
      });
    }
    for (const row of guardians) {
      if (insertGuardian().run(...row).changes === 0) {
        reportFor(row[10])({
          severity: 'fatal',
          ...place(row[10], row[11]),
          element: 'PERSONNE',
          recordId: `PERSONNE_ID=${row[0]}`,
          subject: rosterSubject(String(row[2]), String(row[4])),
          reason: DUPLICATE_GUARDIAN,
        });
      }
    }
    for (const row of links) insertLink().run(...row);
  });

  const flush = () => {
    if (pending === 0) return;
    write();
    students = [];
    classes = [];
    guardians = [];
    links = [];
    pending = 0;
  };
  const queue = (rows: Row[], row: Row) => {
    rows.push(row);
    if (++pending >= BATCH_ROWS) flush();
  };

  const studentRow = (s: StudentFields, fileId: number | null, line: number | null): Row => [
    s.sourceId,
    s.familyName,
    s.usageName,
    s.firstName,
    s.birthDate,
    s.enrolled ? 1 : 0,
    fileId,
    line,
  ];
  const guardianRow = (
    g: GuardianFields,
    mobileProblem: string | null,
    fileId: number | null,
    line: number | null,
    keys: GuardianNameKeys = foldGuardianNames(g),
  ) => [
    g.sourceId,
    g.civility,
    g.familyName,
    g.usageName,
    g.firstName,
    g.mobileE164,
    keys.family,
    keys.usage,
    keys.first,
    mobileProblem,
    fileId,
    line,
  ];
  const linkRow = (l: SnapshotLink, fileId: number | null, line: number | null): Row => [
    l.guardianSourceId,
    l.studentSourceId,
    l.legalLevel,
    l.relationCode,
    fileId,
    line,
  ];

  return {
    /**
     * Where file `fileId` (`name` in problems) puts its records. Its duplicate ids and second
     * divisions are told to `fileReport`, when their batch is written.
     */
    fileSink(
      fileId: number,
      name: string,
      fileReport: (problem: RosterProblem) => void,
    ): SiecleRecordSink {
      files.set(fileId, { name, report: fileReport });
      return {
        student: (s) => queue(students, studentRow(s, fileId, s.line)),
        studentClass: (studentId, className, line) =>
          queue(classes, [studentId, className, fileId, line]),
        guardian: (g) =>
          queue(guardians, guardianRow(g, g.mobileProblem, fileId, g.line, g.nameKeys)),
        link: (l) => queue(links, linkRow(l, fileId, l.line)),
      };
    },
    /** Stages an in-memory roster (the demo, an ONDE file): no file names or lines. */
    stageSnapshot(snapshot: RosterSnapshot): void {
      flush();
      for (const s of snapshot.students) {
        queue(students, studentRow(s, null, null));
        if (s.className !== null) queue(classes, [s.sourceId, s.className, null, null]);
      }
      for (const g of snapshot.guardians) queue(guardians, guardianRow(g, null, null, null));
      for (const l of snapshot.links) queue(links, linkRow(l, null, null));
      flush();
    },
    flush,
  };
}

export type RosterStager = ReturnType<typeof createRosterStager>;
