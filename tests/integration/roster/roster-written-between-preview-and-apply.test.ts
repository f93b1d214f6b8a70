// Issue 11: the apply writes the rows the preview noted, without reading the export again, only
// while nothing has written the roster since the preview. A roster written meanwhile, by the
// kiosk's own connection or by another (the roster CLI in another process), is read again at
// the apply: the result is the export's, as if the preview had been taken just before.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import { applyRosterImport, previewRosterImport } from '../../../main/roster/roster-import';
import {
  expectedChanges,
  LAST_WEEK,
  THIS_WEEK,
  weekContents,
  writeWeeklyExports,
  type WeeklyExports,
} from './weekly-exports';

let exports: WeeklyExports;
let changes: { students: ReturnType<typeof expectedChanges> };
beforeAll(async () => {
  exports = await writeWeeklyExports(600);
  const first = weekContents(exports.size, 'first');
  const later = weekContents(exports.size, 'later');
  changes = { students: expectedChanges(first.students, later.students) };
});

let dir: string;
let db: KioskDatabase;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'roster-between-'));
  db = openDatabase(join(dir, 'kiosk.db'));
  const preview = await previewRosterImport(db, { kind: 'files', paths: exports.first });
  applyRosterImport(db, preview.token, { clock: LAST_WEEK, actor: 'test' });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const studentRows = (sourceId: string) =>
  db
    .prepare('SELECT family_name, gone_at FROM students WHERE source_id = ?')
    .all(sourceId) as Array<{ family_name: string; gone_at: string | null }>;

describe('a roster written between the preview and the apply', () => {
  it('by another connection: the apply reads the roster again and writes the export', async () => {
    const preview = await previewRosterImport(db, { kind: 'files', paths: exports.later });
    const newcomer = changes.students.added[0] ?? '';
    // Another process (the roster CLI) adds this week's new student first, under another name.
    const other = openDatabase(join(dir, 'kiosk.db'));
    other
      .prepare(
        `INSERT INTO students (school_uai, source_id, family_name, first_name, birth_date, enrolled)
         SELECT uai, ?, 'AUTRE', 'Nom', '2015-01-01', 1 FROM schools`,
      )
      .run(newcomer);
    other.close();

    const summary = applyRosterImport(db, preview.token, { clock: THIS_WEEK, actor: 'test' });

    expect(summary.studentsAdded).toBe(changes.students.added.length - 1);
    expect(summary.studentsUpdated).toBe(changes.students.updated.length + 1);
    const rows = studentRows(newcomer);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.family_name).not.toBe('AUTRE');
  });

  it('by the kiosk’s own connection: a student marked gone meanwhile is back', async () => {
    const preview = await previewRosterImport(db, { kind: 'files', paths: exports.later });
    const kept = changes.students.unchanged[0] ?? '';
    db.prepare("UPDATE students SET gone_at = '2024-09-05T08:00:00.000Z' WHERE source_id = ?").run(
      kept,
    );

    const summary = applyRosterImport(db, preview.token, { clock: THIS_WEEK, actor: 'test' });

    expect(studentRows(kept)).toEqual([expect.objectContaining({ gone_at: null })]);
    expect(summary.studentsReturned).toBe(1);
    expect(summary.studentsGone).toBe(changes.students.gone.length);
  });

  it('nothing written meanwhile: the apply does what the preview counted', async () => {
    const preview = await previewRosterImport(db, { kind: 'files', paths: exports.later });
    const summary = applyRosterImport(db, preview.token, { clock: THIS_WEEK, actor: 'test' });
    const { outcome } = preview;
    expect(summary).toMatchObject({
      studentsAdded: outcome?.studentsAdded,
      studentsUpdated: outcome?.studentsUpdated,
      studentsGone: outcome?.studentsGone,
      guardiansAdded: outcome?.guardiansAdded,
      guardiansUpdated: outcome?.guardiansUpdated,
      guardiansGone: outcome?.guardiansGone,
      linksAdded: outcome?.linksAdded,
      linksRemoved: outcome?.linksRemoved,
    });
    expect(summary.studentsAdded).toBe(changes.students.added.length);
    expect(studentRows(changes.students.added[0] ?? '')).toHaveLength(1);
  });
});
