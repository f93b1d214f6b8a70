// The whole roster of one school as the hub carries it to the other kiosks (roster.imported),
// read at push time from the tables in three set-based queries: a 2,000-pupil school is a few
// thousand rows, never one query per person. Rows the latest import no longer had (gone_at set)
// are left out: the snapshot is what that import said, and the kiosks that apply it mark the
// same people gone.
import { rosterSnapshotSchema, type RosterSnapshot } from '../../../shared/sync/sync-protocol';
import type { KioskDatabase } from '../../database/open-database';

interface SchoolRow {
  uai: string;
  name: string | null;
  schoolYear: number | null;
  source: 'siecle' | 'onde' | 'demo';
}

type StudentRow = Omit<RosterSnapshot['students'][number], 'enrolled'> & { enrolled: number };

export type RosterSnapshotReading =
  | { ok: true; snapshot: RosterSnapshot }
  | { ok: false; reason: 'school-gone' | 'invalid'; message: string };

export function createRosterSnapshotReader(db: KioskDatabase) {
  const school = db.prepare(
    'SELECT uai, name, school_year AS schoolYear, source FROM schools WHERE uai = ?',
  );
  const students = db.prepare(
    `SELECT source_id AS sourceId, family_name AS familyName, usage_name AS usageName,
            first_name AS firstName, birth_date AS birthDate, class_name AS className, enrolled
       FROM students WHERE school_uai = ? AND gone_at IS NULL ORDER BY source_id`,
  );
  const guardians = db.prepare(
    `SELECT source_id AS sourceId, civility, family_name AS familyName, usage_name AS usageName,
            first_name AS firstName, mobile_e164 AS mobileE164
       FROM guardians WHERE school_uai = ? AND gone_at IS NULL ORDER BY source_id`,
  );
  const links = db.prepare(
    `SELECT g.source_id AS guardianSourceId, s.source_id AS studentSourceId,
            gs.legal_level AS legalLevel, gs.relation_code AS relationCode
       FROM guardian_students gs
       JOIN guardians g ON g.id = gs.guardian_id
       JOIN students s ON s.id = gs.student_id
      WHERE g.school_uai = ? AND s.school_uai = ? AND g.gone_at IS NULL AND s.gone_at IS NULL
      ORDER BY g.source_id, s.source_id`,
  );
  const size = db.prepare(
    `SELECT (SELECT count(*) FROM students WHERE school_uai = @uai AND gone_at IS NULL)
          + (SELECT count(*) FROM guardians WHERE school_uai = @uai AND gone_at IS NULL) AS n`,
  );

  return {
    /** Students and guardians of the school: how big its snapshot is, without reading it. */
    size(schoolUai: string): number {
      return (size.get({ uai: schoolUai }) as { n: number }).n;
    },
    read(schoolUai: string): RosterSnapshotReading {
      const row = school.get(schoolUai) as SchoolRow | undefined;
      if (!row) return { ok: false, reason: 'school-gone', message: `school ${schoolUai} gone` };
      const candidate = {
        school: {
          uai: row.uai,
          name: row.name,
          schoolYear: row.schoolYear,
          source: row.source,
        },
        students: (students.all(schoolUai) as StudentRow[]).map((student) => ({
          ...student,
          enrolled: student.enrolled === 1,
        })),
        guardians: guardians.all(schoolUai),
        links: links.all(schoolUai, schoolUai),
      };
      // The hub refuses what the schema refuses: better to find out here and say which row.
      const parsed = rosterSnapshotSchema.safeParse(candidate);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
          ok: false,
          reason: 'invalid',
          message: `roster of ${schoolUai} does not fit the wire format at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
        };
      }
      return { ok: true, snapshot: parsed.data };
    },
  };
}

export type RosterSnapshotReader = ReturnType<typeof createRosterSnapshotReader>;
