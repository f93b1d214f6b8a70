// Issue 3's "Done when", as a new school lives it (S-SEC-1): a kiosk at its first start, an
// export no other test uses (the Collège Simone-Veil, generated at test time as the two
// ISO-8859-1 zips BEE produces), imported from the console with its preview; then the desk
// records the mobile the export lacks and the parent activates by SMS with it, and another
// parent gets an identifier letter and changes its temporary password at the kiosk; the
// dashboard counts both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/kiosk-test';
import {
  GOOD_PASSWORD,
  acknowledgeIdentifier,
  button,
  choosePassword,
  confirmChildren,
  demoPhone,
  enterCode,
  expectNoAxeViolations,
  heading,
  login,
  loginHeading,
  logout,
  openKiosk,
  requestCode,
  startActivation,
} from './support/activation-steps';
import { loginAndReplaceTemporaryPassword } from './support/recovery-steps';
import {
  CONSOLE_FR,
  createFirstStaffAccount,
  openGuardian,
  openSection,
  staffLogin,
} from './support/console-steps';
import {
  ANNE_SOPHIE,
  ANNE_SOPHIE_DESK_MOBILE,
  ANNE_SOPHIE_DESK_MOBILE_E164,
  COME,
  SIMONE_VEIL_UAI,
  simoneVeilExport,
  writeSimoneVeilZips,
} from '../fixtures/siecle/college-simone-veil-export';

const school = simoneVeilExport();
const enrolled = new Set(school.students.filter((s) => !s.leftOn).map((s) => s.id));
const legalLinks = school.links.filter((l) => l.level === 1);
/** The dashboard's count: legal guardians of at least one enrolled student (of a class). */
const legalGuardiansOf = (className?: string): number =>
  new Set(
    legalLinks
      .filter((l) => enrolled.has(l.studentId))
      .filter(
        (l) =>
          className === undefined ||
          school.students.find((s) => s.id === l.studentId)?.className === className,
      )
      .map((l) => l.personId),
  ).size;
const legalGuardians = legalGuardiansOf();

test('a new school: the secretary imports its export from the console, then helps one parent activate by SMS and gives another an identifier letter', async ({
  page,
  startFreshKiosk,
}) => {
  test.setTimeout(90_000);
  const exportDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-simone-veil-'));
  try {
    const zips = writeSimoneVeilZips(exportDir);
    const kiosk = await startFreshKiosk();
    await openKiosk(page, kiosk.url);
    // Started with the school's gateway on the demo roster: the banner says no SMS leaves, and
    // there is no demo phone (the fictional families' numbers may be real people's).
    await expect(page.locator('.demo-banner')).toContainText(
      "aucun SMS n'est envoyé : la passerelle SMS de l'établissement est configurée, mais la liste des élèves est encore celle de démonstration",
    );
    await expect(demoPhone(page)).toHaveCount(0);
    await page.keyboard.press('Control+Alt+KeyS');
    await createFirstStaffAccount(page, kiosk);

    // The file picker is a kiosk-sized French button, not the browser's small one.
    await openSection(page, CONSOLE_FR.sections.import);
    const pick = button(page, 'Choisir les fichiers');
    await expect(pick).toBeVisible();
    expect((await pick.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await expect(page.getByText('Aucun fichier choisi.')).toBeVisible();
    await expectNoAxeViolations(page, 'import form');
    await page
      .getByLabel('Fichiers exportés', { exact: true })
      .setInputFiles([zips.students, zips.guardians]);
    await expect(page.locator('[data-import-chosen] li')).toHaveText([
      'ExportXML_ElevesSansAdresses.zip',
      'ExportXML_ResponsablesAvecAdresses.zip',
    ]);

    // The preview: the school, its counts, and the one guardian without a mobile.
    await button(page, 'Vérifier les fichiers').click();
    await expect(heading(page, 'Aperçu de l’import')).toBeVisible();
    await expect(
      page.getByText(`Établissement ${SIMONE_VEIL_UAI}, année scolaire 2025-2026`),
    ).toBeVisible();
    const row = (name: string) => page.locator(`[data-import-counts] tr[data-row="${name}"] td`);
    const all = (n: number) => [`${n}`, `${n}`, '0', '0'];
    await expect(row('students')).toHaveText(all(school.students.length));
    await expect(row('guardians')).toHaveText(all(school.people.length));
    const links = school.links.length;
    await expect(row('links')).toHaveText([`${links}`, `${links}`, '—', '0']);
    // One pupil of the export left in July (DATE_SORTIE): the preview says so, as the CLI does.
    expect(school.students.length - enrolled.size).toBe(1);
    await expect(page.locator('[data-import-enrolled]')).toHaveText(
      `Élèves : ${enrolled.size} inscrits ; 1 a quitté l’établissement (date de sortie ou radié) : ses responsables ne pourront pas activer de compte pour lui.`,
    );
    await expect(page.locator('[data-import-legal-links]')).toContainText(
      `Dont ${legalLinks.length} liens avec un représentant légal`,
    );
    const problem = page.locator('[data-import-problem]');
    await expect(problem).toHaveCount(1);
    await expect(problem).toContainText(`PERSONNE_ID=${ANNE_SOPHIE.id}`);
    await expect(problem.locator('[data-import-problem-subject]')).toHaveText(
      'DE LA FONTAINE Anne-Sophie',
    );
    await expect(problem).toContainText('Représentant légal sans numéro de portable');
    // The English detail stands on its own line, not glued to the French sentence.
    expect(await problem.innerText()).toMatch(
      /remettez-lui un identifiant\.\s*\n\s*Détail technique : no mobile number/u,
    );
    await button(page, 'Importer').click();
    await expect(heading(page, 'Liste des élèves importée')).toBeVisible();
    await expect(page.locator('.demo-banner')).toHaveCount(0);
    // The kiosk was started with its SMS gateway: nothing left to do before parents come.
    await expect(page.locator('[data-go-live]')).toHaveCount(0);

    await openSection(page, CONSOLE_FR.sections.dashboard);
    await expect(page.locator('[data-dashboard-total]')).toHaveText(
      `0 % des représentants légaux ont activé leur compte : 0 sur ${legalGuardians} représentants légaux d’élèves inscrits.`,
    );

    // A grandmother "à contacter" (level 3) cannot have an account: the desk offers nothing.
    await openSection(page, CONSOLE_FR.sections.search);
    await openGuardian(page, 'garcon francoise', 'MME GARÇON Françoise');
    await expect(page.locator('[data-not-legal-guardian]')).toBeVisible();
    await expect(button(page, 'Enregistrer un portable')).toHaveCount(0);
    await expect(button(page, 'Remettre un identifiant')).toHaveCount(0);

    // The mother without a mobile in the export: the desk records the one she gives.
    await button(page, 'Retour aux résultats').click();
    // Found by the id the import's problem named.
    await openGuardian(page, `PERSONNE_ID=${ANNE_SOPHIE.id}`, 'MME DE LA FONTAINE Anne-Sophie');
    await expect(
      page.getByText('Pas de portable dans le fichier de l’établissement'),
    ).toBeVisible();
    await button(page, 'Enregistrer un portable').click();
    await page
      .getByLabel('Numéro de portable du responsable', { exact: true })
      .fill(ANNE_SOPHIE_DESK_MOBILE);
    await button(page, 'Continuer').click();
    await button(page, 'Enregistrer ce numéro').click();
    await expect(heading(page, 'Portable enregistré')).toBeVisible();
    await button(page, 'Continuer').click();
    await button(page, CONSOLE_FR.logout).click();
    await expect(loginHeading(page)).toBeVisible();

    // At the kiosk she types her names her own way, gets the code and activates.
    await startActivation(page);
    await requestCode(page, {
      lastName: 'de la Fontaine',
      firstName: 'anne sophie',
      mobile: '0768123490',
    });
    const code = kiosk.gateway.lastCodeFor(ANNE_SOPHIE_DESK_MOBILE_E164);
    if (code === undefined) throw new Error('no SMS code reached the mobile recorded at the desk');
    await enterCode(page, code);
    const identifier = await confirmChildren(page, [
      { firstName: COME.firstName, birthDate: COME.birthDate },
    ]);
    expect(identifier).toBe('anne-sophie.de-la-fontaine1');
    await acknowledgeIdentifier(page);
    await choosePassword(page, GOOD_PASSWORD);
    await login(page, identifier, GOOD_PASSWORD, 'Anne-Sophie');
    await logout(page);

    // Another father would rather have a letter: identifier and temporary password.
    await page.keyboard.press('Control+Alt+KeyS');
    await staffLogin(page);
    await openGuardian(page, 'celik', 'M. ÇELIK Kévin');
    await button(page, 'Remettre un identifiant').click();
    await button(page, "Créer l'identifiant").click();
    const letter = page.getByTestId('letter');
    await expect(letter).toContainText('Bonjour Kévin ÇELIK,');
    await expect(letter).toContainText('responsable légal pour Elif.');
    const letterIdentifier = (await page.getByTestId('letter-identifier').innerText()).trim();
    const temporaryPassword = (await page.getByTestId('letter-password').innerText()).trim();
    expect(letterIdentifier).toBe('kevin.celik1');
    await button(page, "J'ai remis la lettre").click();
    await button(page, 'Oui, terminer').click();
    // The parent types as soon as the secretary has logged out: the start screen comes at
    // once (the console's own login form never shows in between) and keeps what is typed.
    await page.evaluate(() => {
      const seen = document.createElement('meta');
      seen.id = 'console-login-seen';
      new MutationObserver(() => {
        const titles = [...document.querySelectorAll('h1')].map((h) => h.textContent?.trim());
        if (titles.includes('Connexion à la console')) document.head.append(seen);
      }).observe(document.body, { childList: true, subtree: true });
    });
    await button(page, CONSOLE_FR.logout).click();
    await loginAndReplaceTemporaryPassword(
      page,
      { identifier: letterIdentifier, temporaryPassword },
      GOOD_PASSWORD,
      'Kévin',
    );
    await expect(page.locator('#console-login-seen')).toHaveCount(0);
    await logout(page);

    // The dashboard counts both, in their classes.
    await page.keyboard.press('Control+Alt+KeyS');
    await staffLogin(page);
    await openSection(page, CONSOLE_FR.sections.dashboard);
    await expect(page.locator('[data-dashboard-total]')).toHaveText(
      `${Math.round(200 / legalGuardians)} % des représentants légaux ont activé leur compte : 2 sur ${legalGuardians} représentants légaux d’élèves inscrits.`,
    );
    await expect(page.locator('[data-class="3C"]')).toContainText(
      `1 sur ${legalGuardiansOf('3C')} représentants légaux ont activé leur compte`,
    );
    await expect(page.locator('[data-class="4A"]')).toContainText(
      `1 sur ${legalGuardiansOf('4A')} représentants légaux ont activé leur compte`,
    );
    await expect(page.locator('[data-pending="3C"]')).not.toContainText('DE LA FONTAINE');
    await expect(page.locator('[data-pending="4A"]')).not.toContainText('ÇELIK');
  } finally {
    rmSync(exportDir, { recursive: true, force: true });
  }
});
