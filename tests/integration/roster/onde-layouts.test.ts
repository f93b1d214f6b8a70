// Issue 11 item 4: ONDE has written its students export in two layouts, the current "liste
// des élèves" ("Nom d'usage") and BE1D's "CSVExtraction-eleves" ("Nom d'usage Elève"). Both
// are read column by column whatever the name used, and a header ONDE is not known to write
// is reported rather than silently dropped.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import type { Clock } from '../../../main/platform/clock';
import { importRosterFiles } from '../../../main/roster/import-roster-files';
import { previewRosterImport } from '../../../main/roster/roster-import';
import { formatRosterProblem } from '../../../main/roster/roster-problem';
import { writeOndePair, type OndeFormat } from '../../fixtures/onde/onde-export-files';
import { GUARDIANS, LUCAS, ONDE_UAI, PAUL, PUPILS } from '../../fixtures/onde/onde-school';
import { fingerprintDatabase } from './db-fingerprint';

const clock: Clock = { now: () => new Date('2025-09-02T08:00:00Z') };
const SCHOOL = { uai: ONDE_UAI, name: 'École élémentaire Jules Ferry' };
// BE1D's layout has no "Etat": a struck-off pupil cannot be told apart there, so the pupils
// compared across layouts are those enrolled in both.
const PUPILS_IN_BOTH = PUPILS.filter((p) => p !== LUCAS);
const GUARDIANS_IN_BOTH = GUARDIANS.filter((g) => g !== PAUL);
const NOEMIE_ID = 'onde:lefevre|noemie|2017-06-30';

let db: KioskDatabase;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

const importIn = (format: OndeFormat) => {
  const files = writeOndePair(PUPILS_IN_BOTH, GUARDIANS_IN_BOTH, format);
  return importRosterFiles(db, [files.students, files.guardians], { clock, ondeSchool: SCHOOL });
};
const usageName = (sourceId: string) =>
  db.prepare('SELECT usage_name FROM students WHERE source_id = ?').pluck().get(sourceId);

describe('ONDE students export layouts', () => {
  it.each([['current' as const], ['be1d' as const]])(
    'keeps the pupils’ usage names in the %s layout',
    async (layout) => {
      const { summary, problems } = await importIn({ layout });
      expect(summary.studentsAdded).toBe(PUPILS_IN_BOTH.length);
      expect(usageName(NOEMIE_ID)).toBe("D'ARC");
      // Every column of either layout is one ONDE writes: nothing to report about headers.
      expect(problems.filter((p) => p.reason.startsWith('unknown column'))).toEqual([]);
    },
  );

  it.each([
    ['current', 'be1d'],
    ['be1d', 'current'],
  ] as const)(
    're-importing the %s export in the %s layout changes nothing',
    async (first, then) => {
      await importIn({ layout: first });
      const before = fingerprintDatabase(db);
      const { summary } = await importIn({ layout: then });
      expect(summary).toMatchObject({
        changed: false,
        studentsUpdated: 0,
        studentsUnchanged: PUPILS_IN_BOTH.length,
        guardiansUpdated: 0,
      });
      expect(fingerprintDatabase(db)).toEqual(before);
    },
  );

  it.each([['current' as const], ['be1d' as const]])(
    'reports a header ONDE is not known to write (%s layout), and still imports',
    async (layout) => {
      const files = writeOndePair(PUPILS_IN_BOTH, GUARDIANS_IN_BOTH, {
        layout,
        strangeColumn: 'Nom usuel élève',
      });
      const preview = await previewRosterImport(db, {
        kind: 'files',
        paths: [files.students, files.guardians],
        ondeSchool: SCHOOL,
      });
      expect(preview.importable).toBe(true);
      expect(
        preview.problems
          .filter((p) => p.reason.startsWith('unknown column'))
          .map(formatRosterProblem),
      ).toEqual([
        'eleves.csv:1: warning: unknown column "Nom usuel élève" in the students export: not read (check that the file is an ONDE export)',
      ]);
    },
  );
});
