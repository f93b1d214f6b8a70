// A small, fictional school exported from SIECLE the way a secretary would get it: the pair
// ElevesSansAdresses.xml / ResponsablesAvecAdresses.xml, ISO-8859-15 bytes, real element names
// (../shared/docs/roster-formats.md). Written to a temp dir, then imported into a fresh kiosk
// data dir with the product's own CLI (dist/main/roster-cli.cjs), as a school's IT person does.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';

const run = promisify(execFile);

export interface FixtureStudent {
  id: string;
  lastName: string;
  firstName: string;
  /** dd/mm/yyyy, as SIECLE writes it and as the parent types it. */
  birthDate: string;
  className: string;
  /** dd/mm/yyyy: the student left the school (DATE_SORTIE), so is not enrolled any more. */
  leftOn?: string;
}

export interface FixtureGuardian {
  id: string;
  civility: 'M.' | 'MME';
  lastName: string;
  firstName: string;
  /** As the school typed it ("06 12 34 56 78"); the importer normalises it. */
  mobile: string;
  /** E.164, what the fake gateway receives. */
  mobileE164: string;
  children: FixtureStudent[];
}

/** The school of the fixture's export (its UAI), as a hub knows it. */
export const UAI = '0751234X';

export const CAMILLE: FixtureStudent = {
  id: '900001',
  lastName: 'DUPONT',
  firstName: 'Camille',
  birthDate: '14/03/2012',
  className: '5E2',
};
export const HUGO: FixtureStudent = {
  id: '900002',
  lastName: 'DUPONT',
  firstName: 'Hugo',
  birthDate: '02/11/2014',
  className: '6E1',
};
export const EMMA: FixtureStudent = {
  id: '900003',
  lastName: 'DUPONT',
  firstName: 'Emma',
  birthDate: '21/01/2013',
  className: '4E3',
};
export const NOEMIE: FixtureStudent = {
  id: '900004',
  lastName: 'LEFÈVRE',
  firstName: 'Noémie',
  birthDate: '30/06/2011',
  className: '3E1',
};

/** Two children: Camille and Hugo. */
export const PATRICK: FixtureGuardian = {
  id: '700001',
  civility: 'M.',
  lastName: 'DUPONT',
  firstName: 'Patrick',
  mobile: '06 12 34 56 78',
  mobileE164: '+33612345678',
  children: [CAMILLE, HUGO],
};

/** A homonym of PATRICK in another family (another phone, another child). */
export const OTHER_PATRICK: FixtureGuardian = {
  id: '700002',
  civility: 'M.',
  lastName: 'DUPONT',
  firstName: 'Patrick',
  mobile: '+33798765432',
  mobileE164: '+33798765432',
  children: [EMMA],
};

/** Accented names, to prove the ISO-8859-15 bytes survive the import. */
export const AMELIE: FixtureGuardian = {
  id: '700003',
  civility: 'MME',
  lastName: 'LEFÈVRE',
  firstName: 'Amélie',
  mobile: '0033 6 11 22 33 44',
  mobileE164: '+33611223344',
  children: [NOEMIE],
};

export const DEFAULT_GUARDIANS: readonly FixtureGuardian[] = [PATRICK, OTHER_PATRICK, AMELIE];

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const header = (root: string, version: string): string =>
  `<?xml version="1.0" encoding="ISO-8859-15"?>
<${root} VERSION="${version}">
  <PARAMETRES>
    <UAJ>${UAI}</UAJ>
    <ANNEE_SCOLAIRE>2025</ANNEE_SCOLAIRE>
    <DATE_EXPORT>01/09/2025</DATE_EXPORT>
    <HORODATAGE>01/09/2025 08:30:00</HORODATAGE>
  </PARAMETRES>
  <DONNEES>
`;

function studentsXml(students: readonly FixtureStudent[]): string {
  const eleves = students
    .map(
      (s) => `      <ELEVE ELEVE_ID="${s.id}" ELENOET="${s.id.slice(-4)}">
        <ID_NATIONAL>${s.id}00AB</ID_NATIONAL>
        <NOM_DE_FAMILLE>${escapeXml(s.lastName)}</NOM_DE_FAMILLE>
        <PRENOM>${escapeXml(s.firstName)}</PRENOM>
        <DATE_NAISS>${s.birthDate}</DATE_NAISS>
        <CODE_SEXE>2</CODE_SEXE>
        <CODE_MEF>10310019110</CODE_MEF>
        <DATE_SORTIE>${s.leftOn ?? ''}</DATE_SORTIE>
      </ELEVE>
`,
    )
    .join('');
  const structures = students
    .map(
      (s) => `      <STRUCTURES_ELEVE ELEVE_ID="${s.id}" ELENOET="${s.id.slice(-4)}">
        <STRUCTURE>
          <CODE_STRUCTURE>${escapeXml(s.className)}</CODE_STRUCTURE>
          <TYPE_STRUCTURE>D</TYPE_STRUCTURE>
        </STRUCTURE>
      </STRUCTURES_ELEVE>
`,
    )
    .join('');
  return `${header('BEE_ELEVES', '3.0')}    <ELEVES>
${eleves}    </ELEVES>
    <OPTIONS />
    <STRUCTURES>
${structures}    </STRUCTURES>
    <BOURSES />
  </DONNEES>
</BEE_ELEVES>
`;
}

function guardiansXml(guardians: readonly FixtureGuardian[]): string {
  const personnes = guardians
    .map(
      (g) => `      <PERSONNE PERSONNE_ID="${g.id}">
        <LC_CIVILITE>${g.civility}</LC_CIVILITE>
        <NOM_DE_FAMILLE>${escapeXml(g.lastName)}</NOM_DE_FAMILLE>
        <PRENOM>${escapeXml(g.firstName)}</PRENOM>
        <TEL_PERSONNEL>+33145000000</TEL_PERSONNEL>
        <TEL_PORTABLE>${escapeXml(g.mobile)}</TEL_PORTABLE>
        <ACCEPTE_SMS>1</ACCEPTE_SMS>
        <TEL_PROFESSIONNEL></TEL_PROFESSIONNEL>
        <MEL></MEL>
        <ADRESSE_ID>${g.id}</ADRESSE_ID>
      </PERSONNE>
`,
    )
    .join('');
  const links = guardians
    .flatMap((g) =>
      g.children.map(
        (s) => `      <RESPONSABLE_ELEVE>
        <ELEVE_ID>${s.id}</ELEVE_ID>
        <PERSONNE_ID>${g.id}</PERSONNE_ID>
        <NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>
        <CODE_PARENTE>${g.civility === 'MME' ? '10' : '20'}</CODE_PARENTE>
      </RESPONSABLE_ELEVE>
`,
      ),
    )
    .join('');
  const adresses = guardians
    .map(
      (g) => `      <ADRESSE ADRESSE_ID="${g.id}">
        <LIGNE1_ADRESSE>12 allée des Érables</LIGNE1_ADRESSE>
        <CODE_POSTAL>75011</CODE_POSTAL>
        <LL_PAYS>FRANCE</LL_PAYS>
      </ADRESSE>
`,
    )
    .join('');
  return `${header('BEE_RESPONSABLES', '2.1')}    <PERSONNES>
${personnes}    </PERSONNES>
    <RESPONSABLES>
${links}    </RESPONSABLES>
    <ADRESSES>
${adresses}    </ADRESSES>
  </DONNEES>
</BEE_RESPONSABLES>
`;
}

/** Writes the SIECLE pair for these guardians (and their children) into `dir`. */
export function writeSieclePair(
  dir: string,
  guardians: readonly FixtureGuardian[] = DEFAULT_GUARDIANS,
): { students: string; guardians: string } {
  const students = [
    ...new Map(guardians.flatMap((g) => g.children).map((s) => [s.id, s])).values(),
  ];
  const studentsPath = join(dir, 'ElevesSansAdresses.xml');
  const guardiansPath = join(dir, 'ResponsablesAvecAdresses.xml');
  writeFileSync(studentsPath, iconv.encode(studentsXml(students), 'ISO-8859-15'));
  writeFileSync(guardiansPath, iconv.encode(guardiansXml(guardians), 'ISO-8859-15'));
  return { students: studentsPath, guardians: guardiansPath };
}

/**
 * A fresh kiosk data dir holding the imported roster. The caller passes `dataDir` to
 * startKioskHost and removes it afterwards (removeDataDir).
 */
export async function importRosterIntoNewDataDir(
  guardians: readonly FixtureGuardian[] = DEFAULT_GUARDIANS,
): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-roster-'));
  const exportDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-siecle-'));
  try {
    const files = writeSieclePair(exportDir, guardians);
    try {
      await run(
        process.execPath,
        [
          'dist/main/roster-cli.cjs',
          'import',
          files.students,
          files.guardians,
          '--data-dir',
          dataDir,
        ],
        { timeout: 30_000 },
      );
    } catch (error) {
      const failure = error as { stdout?: string; stderr?: string; message: string };
      throw new Error(
        `roster import failed: ${failure.message}\n${failure.stdout ?? ''}\n${failure.stderr ?? ''}`,
      );
    }
  } finally {
    rmSync(exportDir, { recursive: true, force: true });
  }
  return dataDir;
}

export function removeDataDir(dataDir: string | undefined): void {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
