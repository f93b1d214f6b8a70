import type { KioskDatabase } from '../../database/open-database';

/** A roster row as the secretariat and the sync know it. */
export interface RosterRef {
  id: number;
  school_uai: string;
  source_id: string;
}

export interface ChildRow {
  id: number;
  first_name: string;
  class_name: string | null;
}

/** The names an identifier is made of (seed: "patrick.dupont1"). */
export interface IdentifierName {
  firstName: string;
  /** The usage name when the roster has a non-blank one, else the family name. */
  lastName: string;
}

interface NamesRow {
  first_name: string;
  family_name: string;
  usage_name: string | null;
}

const ids = (values: readonly number[]): string => JSON.stringify(values);

/**
 * The roster reads (and the wrong-link report) the activation steps need, each statement
 * prepared once. Guardian sets are a flow's matched roster rows (one per school); wherever one
 * row must be picked, it is the lowest id, so every step picks the same one.
 */
export function createActivationRoster(db: KioskDatabase) {
  const linkedAccount = db.prepare(
    `SELECT account_id FROM guardians
      WHERE id IN (SELECT value FROM json_each(?)) AND account_id IS NOT NULL
      ORDER BY id LIMIT 1`,
  );
  const children = db.prepare(
    `SELECT DISTINCT s.id, s.first_name, s.class_name
       FROM guardian_students gs JOIN students s ON s.id = gs.student_id
      WHERE gs.guardian_id IN (SELECT value FROM json_each(?))
        AND gs.legal_level = 1 AND s.enrolled = 1 AND s.gone_at IS NULL
      ORDER BY s.first_name, s.id`,
  );
  const firstGuardianNames = db.prepare(
    `SELECT first_name, family_name, usage_name FROM guardians
      WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT 1`,
  );
  const legalGuardianOf = db.prepare(
    `SELECT g.id, g.school_uai, g.source_id FROM guardians g
       JOIN guardian_students gs ON gs.guardian_id = g.id
      WHERE g.id IN (SELECT value FROM json_each(?)) AND gs.student_id = ? AND gs.legal_level = 1
      ORDER BY g.id LIMIT 1`,
  );
  const student = db.prepare(
    'SELECT id, school_uai, source_id, birth_date FROM students WHERE id = ?',
  );
  const personalNames = db.prepare(
    `SELECT first_name, family_name, usage_name FROM guardians
      WHERE id IN (SELECT value FROM json_each(?))
     UNION ALL
     SELECT first_name, family_name, usage_name FROM students
      WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const insertWrongLinkReport = db.prepare(
    `INSERT INTO wrong_link_reports (id, created_at, flow_id, guardian_id, student_id)
     VALUES (?, ?, ?, ?, ?)`,
  );

  return {
    /** The account one of these guardian rows is already linked to (lowest row id), or null. */
    findLinkedAccount(guardianIds: readonly number[]): string | null {
      const row = linkedAccount.get(ids(guardianIds)) as { account_id: string } | undefined;
      return row?.account_id ?? null;
    },
    /** Every enrolled student (not gone) one of these guardians is legal guardian of, once each. */
    childrenOf(guardianIds: readonly number[]): ChildRow[] {
      return children.all(ids(guardianIds)) as ChildRow[];
    },
    /**
     * The one place that picks the identifier's names: the lowest guardian row's first name and
     * its usage name when set, else its family name.
     */
    identifierNameOf(guardianIds: readonly number[]): IdentifierName {
      const row = firstGuardianNames.get(ids(guardianIds)) as NamesRow | undefined;
      if (!row) throw new Error('The flow has no guardian left in the roster');
      return {
        firstName: row.first_name,
        lastName: row.usage_name?.trim() ? row.usage_name : row.family_name,
      };
    },
    /** The guardian row that is legal guardian of this student (the one a report is about). */
    legalGuardianOf(guardianIds: readonly number[], studentId: number): RosterRef | undefined {
      return legalGuardianOf.get(ids(guardianIds), studentId) as RosterRef | undefined;
    },
    student(studentId: number): (RosterRef & { birth_date: string }) | undefined {
      return student.get(studentId) as (RosterRef & { birth_date: string }) | undefined;
    },
    /** First, family and usage names of these guardians and students (S-PWD-2). */
    personalNames(guardianIds: readonly number[], studentIds: readonly number[]): string[] {
      const rows = personalNames.all(ids(guardianIds), ids(studentIds)) as NamesRow[];
      return rows.flatMap((p) => [p.first_name, p.family_name, p.usage_name ?? '']);
    },
    recordWrongLinkReport(report: {
      id: string;
      at: Date;
      flowId: string;
      guardianId: number;
      studentId: number;
    }): void {
      insertWrongLinkReport.run(
        report.id,
        report.at.toISOString(),
        report.flowId,
        report.guardianId,
        report.studentId,
      );
    },
  };
}

export type ActivationRoster = ReturnType<typeof createActivationRoster>;
