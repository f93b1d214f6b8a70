// Issue 11: a weekly re-import must cost what the export holds, whatever the database already
// holds. Every statement the import runs on the kiosk's connection (staging checks, preview
// counts, apply, purge) is planned with EXPLAIN QUERY PLAN on a real database with the real
// schema, as it runs, and no loop that runs once per row of another may read a whole table or
// a whole school: that is how the re-import became quadratic (31 s instead of 3.6 s at 8,000
// guardians, minutes at académie scale). SQLite plans without statistics here as in the kiosk
// (nothing runs ANALYZE), so a plan on a small database is the plan on a large one.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import type { Clock } from '../../../main/platform/clock';
import {
  applyRosterImport,
  previewRosterImport,
  type RosterImportInput,
} from '../../../main/roster/roster-import';
import type { RosterSnapshot } from '../../../main/roster/roster-snapshot';
import { writeWeeklyExports, type WeeklyExports } from './weekly-exports';

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** One loop (or subquery) of a plan that reads more than a bounded set of rows per outer row. */
interface PlanFinding {
  sql: string;
  detail: string;
  why: string;
}

// A search by school alone reads all of a school's rows: fine once, not once per staged row.
const WHOLE_SCHOOL = /\(school_uai=\?\)$/;
const LOOP = /^(SCAN|SEARCH) /;
// Run once per statement whatever encloses them (SQLite caches a non-correlated subquery).
const ONCE = /^(MATERIALIZE|CO-ROUTINE|SCALAR SUBQUERY|LIST SUBQUERY|COMPOUND|MULTI-INDEX OR)/;
const PER_ROW = /^CORRELATED /;

/**
 * The loops of `plan` that run once per row of an outer loop (the inner side of a join, or
 * inside a correlated subquery) and read a whole table or a whole school.
 */
export function quadraticLoops(sql: string, plan: readonly PlanRow[]): PlanFinding[] {
  const perRow = new Map<number, boolean>([[0, false]]);
  const loopsSeen = new Map<number, number>();
  const findings: PlanFinding[] = [];
  for (const row of plan) {
    const parentPerRow = perRow.get(row.parent) ?? false;
    let rowPerRow = parentPerRow;
    if (PER_ROW.test(row.detail)) rowPerRow = true;
    else if (ONCE.test(row.detail)) rowPerRow = false;
    else if (LOOP.test(row.detail)) {
      const outer = loopsSeen.get(row.parent) ?? 0;
      loopsSeen.set(row.parent, outer + 1);
      rowPerRow = parentPerRow || outer > 0;
      const inner = rowPerRow;
      const table = row.detail.split(' ')[1] ?? '';
      if (inner && row.detail.startsWith('SCAN ') && table !== 'CONSTANT') {
        findings.push({ sql, detail: row.detail, why: 'reads a whole table once per outer row' });
      } else if (inner && WHOLE_SCHOOL.test(row.detail)) {
        findings.push({ sql, detail: row.detail, why: 'reads a whole school once per outer row' });
      }
    }
    if (/AUTOMATIC/.test(row.detail)) {
      findings.push({ sql, detail: row.detail, why: 'builds an index for want of one' });
    }
    perRow.set(row.id, rowPerRow);
  }
  return findings;
}

/** Records the plan of every statement the connection runs, at the moment it runs. */
function recordPlans(db: KioskDatabase): Map<string, PlanRow[]> {
  const plans = new Map<string, PlanRow[]>();
  const prepare = db.prepare.bind(db);
  const planned = (sql: string) => {
    const statement = prepare(sql);
    if (
      /^\s*(EXPLAIN|PRAGMA|ATTACH|DETACH|CREATE|DROP|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i.test(
        sql,
      )
    ) {
      return statement;
    }
    for (const method of ['run', 'get', 'all', 'iterate'] as const) {
      const call = (statement[method] as (...args: unknown[]) => unknown).bind(statement);
      Object.defineProperty(statement, method, {
        value: (...args: unknown[]) => {
          if (!plans.has(sql)) {
            plans.set(sql, prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as PlanRow[]);
          }
          return call(...args);
        },
      });
    }
    return statement;
  };
  Object.defineProperty(db, 'prepare', { value: planned, configurable: true });
  return plans;
}

const at = (iso: string): Clock => ({ now: () => new Date(iso) });

let exports: WeeklyExports;
beforeAll(async () => {
  exports = await writeWeeklyExports(300);
});

let db: KioskDatabase;
let plans: Map<string, PlanRow[]>;
beforeEach(() => {
  db = openDatabase(':memory:');
  plans = recordPlans(db);
});
afterEach(() => db.close());

async function importRoster(input: RosterImportInput, iso: string) {
  const preview = await previewRosterImport(db, input);
  if (!preview.importable) throw new Error(JSON.stringify(preview.problems));
  // The purge runs in the same transaction when the console imports: a short grace period
  // makes it delete what the week before marked gone.
  return applyRosterImport(db, preview.token, {
    clock: at(iso),
    actor: 'test',
    purgeGraceDays: 3,
  });
}

function expectNoQuadraticLoop() {
  if (process.env.SHOW_PLANS) {
    for (const [sql, plan] of plans) {
      console.log(
        `${sql.replace(/\s+/g, ' ')}\n${plan.map((r) => `  ${r.id} ${r.parent} ${r.detail}`).join('\n')}`,
      );
    }
  }
  const findings = [...plans].flatMap(([sql, plan]) => quadraticLoops(sql, plan));
  expect(findings).toEqual([]);
}

describe('the roster import’s query plans (issue 11)', () => {
  it('a SIECLE import, re-import unchanged, with changes, then with people back: no full read inside a loop', async () => {
    await importRoster({ kind: 'files', paths: exports.first }, '2024-09-02T08:00:00.000Z');
    await importRoster({ kind: 'files', paths: exports.first }, '2024-09-09T08:00:00.000Z');
    const changed = await importRoster(
      { kind: 'files', paths: exports.later },
      '2024-09-16T08:00:00.000Z',
    );
    // Every branch of the apply ran: rows added, updated, gone; links added and removed.
    expect(changed).toMatchObject({ changed: true });
    for (const count of [
      'studentsAdded',
      'studentsUpdated',
      'studentsGone',
      'guardiansAdded',
      'guardiansUpdated',
      'guardiansGone',
      'linksAdded',
      'linksRemoved',
    ] as const) {
      expect(changed[count], count).toBeGreaterThan(0);
    }
    db.prepare(
      `INSERT INTO accounts
         (id, identifier, first_name, password_hash, created_at, updated_at, disabled_at)
       VALUES ('acc-1', 'parent.one', 'Un', 'scrypt$x', 'then', 'then', 'then')`,
    ).run();
    db.prepare(
      "UPDATE guardians SET account_id = 'acc-1' WHERE gone_at IS NOT NULL AND id = (SELECT min(id) FROM guardians WHERE gone_at IS NOT NULL)",
    ).run();
    // People back (returned, account enabled) a day later, then gone again and purged.
    const back = await importRoster(
      { kind: 'files', paths: exports.first },
      '2024-09-17T08:00:00.000Z',
    );
    expect(back).toMatchObject({ accountsEnabled: 1 });
    expect(back.studentsReturned).toBeGreaterThan(0);
    const purged = await importRoster(
      { kind: 'files', paths: exports.later },
      '2024-09-18T08:00:00.000Z',
    );
    const after = await importRoster(
      { kind: 'files', paths: exports.later },
      '2024-09-30T08:00:00.000Z',
    );
    expect(purged).toMatchObject({ accountsDisabled: 1 });
    expect(after.purged).toMatchObject({ accounts: 1 });
    expect(after.purged.students).toBeGreaterThan(0);
    expect(plans.size).toBeGreaterThan(30);
    expect([...plans.keys()].some((sql) => /UPDATE (OR FAIL )?guardian_students/.test(sql))).toBe(
      true,
    );
    expectNoQuadraticLoop();
  });

  it('a roster built in memory (ONDE, the demo) re-imported: the same engine, the same plans', async () => {
    const snapshot = (students: number): RosterSnapshot => ({
      source: 'onde',
      school: { uai: '0999998Y', name: 'École', schoolYear: 2024 },
      students: Array.from({ length: students }, (_, i) => ({
        sourceId: `E${i}`,
        familyName: 'MARTIN',
        usageName: null,
        firstName: `Élève${i}`,
        birthDate: '2017-03-01',
        className: i % 7 === 0 ? 'CM2' : 'CM1',
        enrolled: true,
      })),
      guardians: Array.from({ length: students }, (_, i) => ({
        sourceId: `R${i}`,
        civility: 'MME',
        familyName: 'MARTIN',
        usageName: null,
        firstName: `Parent${i}`,
        mobileE164: `+3361234${String(i).padStart(4, '0')}`,
      })),
      links: Array.from({ length: students }, (_, i) => ({
        guardianSourceId: `R${i}`,
        studentSourceId: `E${i}`,
        legalLevel: 1,
        relationCode: '10',
      })),
    });
    await importRoster({ kind: 'snapshot', snapshot: snapshot(60) }, '2024-09-02T08:00:00.000Z');
    const week = snapshot(55);
    // One link changes level; one between two people still there is dropped.
    week.links = week.links
      .map((link, i) => (i === 3 ? { ...link, legalLevel: 2 } : link))
      .filter((link) => link.studentSourceId !== 'E10');
    const summary = await importRoster(
      { kind: 'snapshot', snapshot: week },
      '2024-09-09T08:00:00.000Z',
    );
    expect(summary).toMatchObject({ studentsGone: 5, linksUpdated: 1, linksRemoved: 6 });
    expect(
      db
        .prepare(
          `SELECT count(*) AS n FROM guardian_students gs JOIN students s ON s.id = gs.student_id
            WHERE s.source_id = 'E10'`,
        )
        .get(),
    ).toEqual({ n: 0 });
    expectNoQuadraticLoop();
  });
});

/**
 * The rows of `plan` that read a whole roster table, or all of a school's rows, other than the
 * one read a re-import cannot do without: the school's ids merged with the staged ones to find
 * who is gone (under MERGE (EXCEPT)). A scan of the partial index of gone rows reads only rows
 * already gone (the purge).
 */
export function wholeRosterReads(plan: readonly PlanRow[]): string[] {
  const underMerge = new Map<number, boolean>([[0, false]]);
  const reads: string[] = [];
  for (const row of plan) {
    const merged = (underMerge.get(row.parent) ?? false) || row.detail === 'MERGE (EXCEPT)';
    underMerge.set(row.id, merged);
    const table = row.detail.split(' ')[1] ?? '';
    const roster = /^(students|guardians|guardian_students|s|g|gs|k)$/.test(table);
    const wholeTable =
      row.detail.startsWith('SCAN ') &&
      roster &&
      !/USING (COVERING )?INDEX \w+_gone_by_school/.test(row.detail);
    if (!merged && (wholeTable || (LOOP.test(row.detail) && WHOLE_SCHOOL.test(row.detail)))) {
      reads.push(row.detail);
    }
  }
  return reads;
}

describe('a re-import’s apply (issue 11: 5% changed costs at most 1.1× nothing new)', () => {
  /** Imports `paths`, recording the plans of the apply’s statements only. */
  async function applyPlansOf(paths: string[], iso: string) {
    const preview = await previewRosterImport(db, { kind: 'files', paths });
    if (!preview.importable) throw new Error(JSON.stringify(preview.problems));
    // From here on, the plans recorded are the apply's.
    plans.clear();
    const summary = applyRosterImport(db, preview.token, {
      clock: at(iso),
      actor: 'test',
      purgeGraceDays: 3,
    });
    // Whether the school has any row stops at the first one.
    const probe = /^SELECT \(SELECT EXISTS \(SELECT 1 FROM \w+ WHERE school_uai = @uai\)\) AS n$/;
    const reads = [...plans].flatMap(([sql, plan]) =>
      probe.test(sql.replace(/\s+/g, ' '))
        ? []
        : wholeRosterReads(plan).map((detail) => `${detail} in ${sql.replace(/\s+/g, ' ')}`),
    );
    return { summary, reads };
  }

  it('reads no school in full when nothing is new, and only to find who is gone when 5% changed', async () => {
    await importRoster({ kind: 'files', paths: exports.first }, '2024-09-02T08:00:00.000Z');
    const unchanged = await applyPlansOf(exports.first, '2024-09-09T08:00:00.000Z');
    expect(unchanged.summary.changed).toBe(false);
    expect(unchanged.reads).toEqual([]);
    const changed = await applyPlansOf(exports.later, '2024-09-16T08:00:00.000Z');
    expect(changed.summary).toMatchObject({ changed: true });
    expect(changed.summary.guardiansGone).toBeGreaterThan(0);
    expect(changed.summary.linksRemoved).toBeGreaterThan(0);
    // Before: the links of the people gone were deleted by reading every link of the kiosk,
    // the school's links counted again, every guardian of the school read to find the desk's
    // corrections, and each gone person found by one staging lookup per school row.
    expect(changed.reads).toEqual([]);
    expect(
      db
        .prepare(
          `SELECT count(*) AS n FROM guardian_students gs JOIN guardians g ON g.id = gs.guardian_id
            WHERE g.gone_at IS NOT NULL`,
        )
        .get(),
    ).toEqual({ n: 0 });
  });
});

describe('the schema', () => {
  it('indexes every foreign key’s columns: deleting a purged row searches the rows that refer to it', () => {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as Array<{ name: string }>;
    const unindexed: string[] = [];
    for (const { name } of tables) {
      const keys = db.pragma(`foreign_key_list(${name})`) as Array<{ id: number; from: string }>;
      // The leading column of each index (a primary key is one too).
      const leading = new Set(
        (db.pragma(`index_list(${name})`) as Array<{ name: string }>).map(
          (index) =>
            (db.pragma(`index_info(${index.name})`) as Array<{ name: string }>)[0]?.name ?? '',
        ),
      );
      const rowid = (
        db.pragma(`table_info(${name})`) as Array<{ name: string; pk: number; type: string }>
      ).find((column) => column.pk === 1 && column.type === 'INTEGER')?.name;
      if (rowid !== undefined) leading.add(rowid);
      for (const key of keys) {
        if (!leading.has(key.from)) unindexed.push(`${name}.${key.from}`);
      }
    }
    expect(unindexed).toEqual([]);
  });
});

describe('quadraticLoops', () => {
  it('finds a table read once per row of another, and a correlated subquery reading a table', () => {
    expect(
      quadraticLoops('q', [
        { id: 2, parent: 0, detail: 'SCAN l' },
        { id: 3, parent: 0, detail: 'SCAN gs USING INDEX guardian_students_by_student' },
      ]).map((finding) => finding.detail),
    ).toEqual(['SCAN gs USING INDEX guardian_students_by_student']);
    expect(
      quadraticLoops('q', [
        { id: 2, parent: 0, detail: 'SCAN st' },
        { id: 4, parent: 0, detail: 'CORRELATED SCALAR SUBQUERY 1' },
        {
          id: 5,
          parent: 4,
          detail: 'SEARCH s USING INDEX sqlite_autoindex_students_1 (school_uai=?)',
        },
      ]),
    ).toHaveLength(1);
    expect(
      quadraticLoops('q', [
        {
          id: 2,
          parent: 0,
          detail: 'SEARCH g USING INDEX sqlite_autoindex_guardians_1 (school_uai=?)',
        },
        { id: 3, parent: 0, detail: 'SEARCH st USING PRIMARY KEY (source_id=?)' },
      ]),
    ).toEqual([]);
  });
});
