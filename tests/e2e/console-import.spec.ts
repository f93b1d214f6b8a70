// The console's Import section through the browser host (issue 3, "Import from a file picker"):
// a demo kiosk, the secretary picks export files; the malformed sample and a pair from two
// schools are refused with their place and change nothing; a good pair is previewed, imported,
// and the kiosk runs on it at once (demo mode over, the demo gateway flagged). An école's ONDE
// pair asks for the UAI its files lack.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/kiosk-test';
import { button, expectNoAxeViolations, heading, openKiosk } from './support/activation-steps';
import {
  CONSOLE_FR,
  createFirstStaffAccount,
  openSection,
  tapConsoleCorner,
  withKioskDatabase,
} from './support/console-steps';
import { DEFAULT_GUARDIANS, writeSieclePair } from './support/roster-fixture';
import { makeTempDir, writeOndePair } from '../fixtures/onde/onde-export-files';
import {
  GUARDIANS as ONDE_GUARDIANS,
  ONDE_UAI,
  PUPILS as ONDE_PUPILS,
} from '../fixtures/onde/onde-school';

const SAMPLES = join(import.meta.dirname, '../../../shared/samples/siecle');

const rosterSource = (dataDir: string) =>
  withKioskDatabase(dataDir, (db) =>
    db.prepare("SELECT value FROM meta WHERE key = 'roster_source'").pluck().get(),
  );
const studentCount = (dataDir: string) =>
  withKioskDatabase(dataDir, (db) => db.prepare('SELECT count(*) FROM students').pluck().get());

test('a secretary imports the school export from the console: refused files change nothing, a good pair is previewed then imported', async ({
  page,
  startDemoKiosk,
}) => {
  test.setTimeout(120_000);
  const exportDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-upload-'));
  try {
    const pair = writeSieclePair(exportDir);
    const kiosk = await startDemoKiosk();
    await openKiosk(page, kiosk.url);
    await tapConsoleCorner(page);
    await createFirstStaffAccount(page, kiosk);
    await openSection(page, CONSOLE_FR.sections.import);
    await expect(heading(page, 'Importer la liste des élèves')).toBeVisible();
    await expect(page.locator('.demo-banner')).toBeVisible();
    const demoStudents = studentCount(kiosk.dataDir);
    const files = page.getByLabel('Fichiers exportés', { exact: true });

    // The malformed sample: refused with its file, line and element; nothing can be imported.
    await files.setInputFiles([join(SAMPLES, 'eleves_avec_adresse_simple.xml'), pair.guardians]);
    await button(page, 'Vérifier les fichiers').click();
    await expect(heading(page, 'Aperçu de l’import')).toBeVisible();
    await expect(page.locator('[data-import-refused]')).toBeVisible();
    await expect(page.locator('[data-import-problem]').first()).toContainText(
      'Bloquant fichier eleves_avec_adresse_simple.xml, ligne 139, élément <STRICTURES_ELEVE>, ELEVE_ID=1559191 : Le fichier est abîmé ou a été modifié',
    );
    await expect(button(page, 'Importer')).toHaveCount(0);
    await expectNoAxeViolations(page, 'import refused');
    await button(page, 'Annuler').click();
    await expect(page.getByRole('status').filter({ hasText: 'Import annulé' })).toBeVisible();
    expect(rosterSource(kiosk.dataDir)).toBe('demo');
    expect(studentCount(kiosk.dataDir)).toBe(demoStudents);

    // The two well-formed samples come from two schools: refused too, saying so.
    await files.setInputFiles([
      join(SAMPLES, 'eleves_avec_adresse_avec_double_structure.xml'),
      join(SAMPLES, 'responsables_avec_adresses_simple.xml'),
    ]);
    await button(page, 'Vérifier les fichiers').click();
    await expect(page.locator('[data-import-refused]')).toBeVisible();
    await expect(page.locator('[data-import-problem]').first()).toContainText(
      'Les fichiers viennent de deux établissements : eleves_avec_adresse_avec_double_structure.xml est celui de 0660864F',
    );
    await button(page, 'Annuler').click();
    expect(rosterSource(kiosk.dataDir)).toBe('demo');

    // A matching pair: the preview's counts, then "Importer".
    const students = new Set(DEFAULT_GUARDIANS.flatMap((g) => g.children.map((c) => c.id))).size;
    const guardians = DEFAULT_GUARDIANS.length;
    await files.setInputFiles([pair.students, pair.guardians]);
    await expect(page.locator('[data-import-chosen] li')).toHaveText([
      'ElevesSansAdresses.xml',
      'ResponsablesAvecAdresses.xml',
    ]);
    await button(page, 'Vérifier les fichiers').click();
    await expect(heading(page, 'Aperçu de l’import')).toBeVisible();
    const row = (name: string) => page.locator(`[data-import-counts] tr[data-row="${name}"] td`);
    await expect(row('students')).toHaveText([`${students}`, `${students}`, '0', '0']);
    await expect(row('guardians')).toHaveText([`${guardians}`, `${guardians}`, '0', '0']);
    await expect(page.getByText('La liste de démonstration sera supprimée')).toBeVisible();
    await expectNoAxeViolations(page, 'import preview');
    expect(rosterSource(kiosk.dataDir)).toBe('demo');
    await button(page, 'Importer').click();

    await expect(heading(page, 'Liste des élèves importée')).toBeVisible();
    await expect(page.locator('[data-go-live]')).toContainText('téléphone de démonstration');
    // Demo mode is over on screen too: no demo banner any more.
    await expect(page.locator('.demo-banner')).toHaveCount(0);
    await expectNoAxeViolations(page, 'import done');
    expect(rosterSource(kiosk.dataDir)).toBe('siecle');
    expect(studentCount(kiosk.dataDir)).toBe(students);

    // The kiosk runs on the new roster at once: search finds its guardians.
    await openSection(page, CONSOLE_FR.sections.search);
    await page
      .getByLabel('Nom ou numéro de téléphone portable', { exact: true })
      .fill('lefevre amelie');
    await button(page, 'Rechercher').click();
    await expect(page.getByRole('button', { name: /MME LEFÈVRE Amélie/u })).toBeVisible();
  } finally {
    rmSync(exportDir, { recursive: true, force: true });
  }
});

test("an école's ONDE exports: the UAI the files lack is asked at its field, before anything is sent, and taken as typed on the on-screen keyboard", async ({
  page,
  startDemoKiosk,
}) => {
  test.setTimeout(90_000);
  const exportDir = makeTempDir();
  try {
    const pair = writeOndePair(ONDE_PUPILS, ONDE_GUARDIANS, {}, exportDir);
    const kiosk = await startDemoKiosk();
    await openKiosk(page, kiosk.url);
    await tapConsoleCorner(page);
    await createFirstStaffAccount(page, kiosk);
    await openSection(page, CONSOLE_FR.sections.import);
    await page
      .getByLabel('Fichiers exportés', { exact: true })
      .setInputFiles([pair.students, pair.guardians]);

    // No UAI: said at the field in French; the chosen files stay, no preview is made.
    await button(page, 'Vérifier les fichiers').click();
    const uai = page.getByLabel('Numéro UAI de l’école', { exact: true });
    await expect(uai).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Saisissez le numéro UAI de l’école')).toBeVisible();
    await expect(heading(page, 'Aperçu de l’import')).toHaveCount(0);
    await expect(page.locator('[data-import-chosen] li')).toHaveCount(2);
    await expectNoAxeViolations(page, 'import ONDE without UAI');

    // Typed in lower case, as the on-screen keyboard allows.
    await uai.fill(ONDE_UAI.toLowerCase());
    await button(page, 'Vérifier les fichiers').click();
    await expect(heading(page, 'Aperçu de l’import')).toBeVisible();
    await expect(page.getByText(`Établissement ${ONDE_UAI}`)).toBeVisible();
    await expect(button(page, 'Importer')).toBeVisible();
  } finally {
    rmSync(exportDir, { recursive: true, force: true });
  }
});
