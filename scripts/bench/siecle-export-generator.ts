// Writes a synthetic SIECLE export pair of any size (ElevesSansAdresses.xml and
// ResponsablesAvecAdresses.xml, ISO-8859-15 like the real ones, with other fields and the
// address block a real export carries; about 1.3 GB at full size), streaming: never the whole
// file in memory. Every row is a pure function of its index, so the insert floor and the match
// benchmark can rebuild it. The same school's export a week later (some people changed, gone,
// new) is written by the same code with `week: 'later'`.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export const BENCH_UAJ = '0999999Z';

const FAMILY_NAMES = [
  ['MARTIN', 'martin'],
  ['BERNARD', 'bernard'],
  ['DUBOIS', 'dubois'],
  ['LEFÈVRE', 'lefevre'],
  ['GARÇON', 'garcon'],
  ['MÉNARD', 'menard'],
  ['ŒUVRARD', 'oeuvrard'],
  ["D'ARC", 'd arc'],
  ['LE GALL', 'le gall'],
  ['NGUYEN', 'nguyen'],
  ['FAURÉ', 'faure'],
  ['BENOÎT', 'benoit'],
  ['MOREAU', 'moreau'],
  ['GIRARD', 'girard'],
  ['ROUSSEAU', 'rousseau'],
  ['BONNET', 'bonnet'],
  ['DUPONT', 'dupont'],
  ['LAMBERT', 'lambert'],
  ['FONTAINE', 'fontaine'],
  ['CHEVALIER', 'chevalier'],
] as const;
const FIRST_NAMES = [
  ['Zoé', 'zoe'],
  ['Hélène', 'helene'],
  ['François', 'francois'],
  ['Anne-Cécile', 'anne cecile'],
  ['Léo', 'leo'],
  ['Jean', 'jean'],
  ['Émilie', 'emilie'],
  ['Noé', 'noe'],
  ['Chloé', 'chloe'],
  ['Jérôme', 'jerome'],
  ['Inès', 'ines'],
  ['Gaëlle', 'gaelle'],
  ['Lucas', 'lucas'],
  ['Manon', 'manon'],
  ['Théo', 'theo'],
  ['Camille', 'camille'],
  ['Anaïs', 'anais'],
  ['Raphaël', 'raphael'],
] as const;
const CLASSES = ['6EME 1', '6EME 2', '5EME 1', '5EME 2', '4EME 1', '3EME 1', '2NDE 3', '1ERE G1'];

export interface BenchRosterSize {
  students: number;
  guardians: number;
  links: number;
}

/** The académie: 600,000 students, 1,000,000 guardians, 1,200,000 links, times `scale`. */
export function benchRosterSize(scale: number): BenchRosterSize {
  const students = Math.max(2, Math.round(600_000 * scale));
  return { students, guardians: Math.round((students * 5) / 3), links: students * 2 };
}

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/**
 * The export a week later, in percent of the first one's students and guardians: some have a
 * roster column changed (a student's class, a guardian's mobile), some are gone (with their
 * links), some are new (with links of their own).
 */
export const LATER_WEEK = { changedPercent: 5, gonePercent: 1, newPercent: 1 } as const;

export type BenchWeek = 'first' | 'later';

// Spread over the export (every 20th / every 100th row), never the same rows.
const isChanged = (week: BenchWeek, i: number) => week === 'later' && i % 20 === 3;
const isGone = (week: BenchWeek, i: number) => week === 'later' && i % 100 === 37;
const newCount = (week: BenchWeek, total: number) =>
  week === 'later' ? Math.round((total * LATER_WEEK.newPercent) / 100) : 0;

export const studentRow = (s: number, week: BenchWeek = 'first') => {
  const [familyName] = pick(FAMILY_NAMES, s * 7);
  const [firstName] = pick(FIRST_NAMES, s * 11);
  const day = (s % 28) + 1;
  const month = (s % 12) + 1;
  const year = 2006 + (s % 12);
  return {
    sourceId: String(1_000_000 + s),
    familyName,
    firstName,
    birthDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    siecleBirthDate: `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
    className: pick(CLASSES, isChanged(week, s) ? s + 1 : s),
  };
};

export const guardianRow = (g: number, week: BenchWeek = 'first') => {
  const [familyName, familyKey] = pick(FAMILY_NAMES, g * 7);
  const [firstName, firstKey] = pick(FIRST_NAMES, g * 13 + 5);
  const digits = String((isChanged(week, g) ? 30_000_000 : 10_000_000) + g).slice(-8);
  return {
    sourceId: String(5_000_000 + g),
    familyName,
    familyKey,
    firstName,
    firstKey,
    // As schools type them, with spaces.
    mobileTyped: `06 ${digits.replace(/(\d\d)(?=\d)/g, '$1 ')}`,
    mobileE164: `+336${digits}`,
  };
};

/** Student s's guardians: the first one their own, the second shared between siblings. */
export const linkRow = (k: number, size: BenchRosterSize) => {
  const s = k >> 1;
  const g = k % 2 === 0 ? s : size.students + (s % (size.guardians - size.students));
  return { student: s, guardian: g };
};

/** The indexes of the students, guardians and links an export of `week` holds, in file order. */
export function benchWeekRows(size: BenchRosterSize, week: BenchWeek) {
  const newStudents = newCount(week, size.students);
  const newGuardians = newCount(week, size.guardians);
  function* present(total: number, added: number) {
    for (let i = 0; i < total + added; i++) if (i >= total || !isGone(week, i)) yield i;
  }
  return {
    students: () => present(size.students, newStudents),
    guardians: () => present(size.guardians, newGuardians),
    *links() {
      for (let k = 0; k < size.links; k++) {
        const link = linkRow(k, size);
        if (!isGone(week, link.student) && !isGone(week, link.guardian)) yield link;
      }
      // A new student's first guardian is new too; the second one is already known.
      for (let n = 0; n < newStudents; n++) {
        const student = size.students + n;
        if (n < newGuardians) yield { student, guardian: size.guardians + n };
        const known = size.students + (n % (size.guardians - size.students));
        if (!isGone(week, known)) yield { student, guardian: known };
      }
    },
  };
}

const header = (
  root: string,
  version: string,
  uaj: string,
) => `<?xml version="1.0" encoding="ISO-8859-15"?>
<${root} VERSION="${version}">
  <PARAMETRES>
    <UAJ>${uaj}</UAJ>
    <ANNEE_SCOLAIRE>2024</ANNEE_SCOLAIRE>
    <DATE_EXPORT>02/09/2024</DATE_EXPORT>
    <HORODATAGE>02/09/2024 10:00:00</HORODATAGE>
  </PARAMETRES>
  <DONNEES>
`;

/** Writes strings as ISO-8859-15, in ~1 MB chunks, honouring back-pressure. */
function latin9Writer(path: string) {
  const stream = createWriteStream(path);
  let pending: string[] = [];
  let size = 0;
  return {
    async write(text: string) {
      pending.push(text);
      size += text.length;
      if (size < 1 << 20) return;
      const chunk = iconv.encode(pending.join(''), 'iso-8859-15');
      pending = [];
      size = 0;
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async end() {
      stream.end(iconv.encode(pending.join(''), 'iso-8859-15'));
      await once(stream, 'finish');
    },
  };
}

export async function writeBenchExport(
  dir: string,
  size: BenchRosterSize,
  week: BenchWeek = 'first',
  /** The school's UAI (the sync benchmark writes one export per school). */
  uaj: string = BENCH_UAJ,
): Promise<{ students: string; guardians: string }> {
  const rows = benchWeekRows(size, week);
  const students = join(dir, 'ElevesSansAdresses.xml');
  const out = latin9Writer(students);
  await out.write(`${header('BEE_ELEVES', '3.0', uaj)}    <ELEVES>\n`);
  for (const s of rows.students()) {
    const st = studentRow(s, week);
    await out.write(`  <ELEVE ELEVE_ID="${st.sourceId}" ELENOET="${s}">
   <ID_NATIONAL>${String(100_000_000 + s)}AB</ID_NATIONAL>
   <ELENOET>${s}</ELENOET>
   <NOM_DE_FAMILLE>${st.familyName}</NOM_DE_FAMILLE>
   <PRENOM>${st.firstName}</PRENOM>
   <DATE_NAISS>${st.siecleBirthDate}</DATE_NAISS>
   <DOUBLEMENT>N</DOUBLEMENT>
   <CODE_PAYS>100</CODE_PAYS>
   <CODE_SEXE>${1 + (s % 2)}</CODE_SEXE>
   <CODE_REGIME>2</CODE_REGIME>
   <CODE_STATUT>ST</CODE_STATUT>
   <CODE_MEF>10010012110</CODE_MEF>
   <CODE_DEPARTEMENT_NAISS>014</CODE_DEPARTEMENT_NAISS>
   <VILLE_NAISS>CAEN</VILLE_NAISS>
   <DATE_ENTREE>01/09/2024</DATE_ENTREE>
   <SCOLARITE_AN_DERNIER>
    <CODE_STRUCTURE>${pick(CLASSES, s + 1)}</CODE_STRUCTURE>
    <CODE_RNE>0141234A</CODE_RNE>
   </SCOLARITE_AN_DERNIER>
  </ELEVE>
`);
  }
  await out.write('    </ELEVES>\n    <STRUCTURES>\n');
  for (const s of rows.students()) {
    const st = studentRow(s, week);
    await out.write(`  <STRUCTURES_ELEVE ELEVE_ID="${st.sourceId}" ELENOET="${s}">
   <STRUCTURE><CODE_STRUCTURE>${st.className}</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>
  </STRUCTURES_ELEVE>
`);
  }
  await out.write('    </STRUCTURES>\n  </DONNEES>\n</BEE_ELEVES>\n');
  await out.end();

  const guardians = join(dir, 'ResponsablesAvecAdresses.xml');
  const resp = latin9Writer(guardians);
  await resp.write(`${header('BEE_RESPONSABLES', '2.1', uaj)}    <PERSONNES>\n`);
  for (const g of rows.guardians()) {
    const gr = guardianRow(g, week);
    await resp.write(`  <PERSONNE PERSONNE_ID="${gr.sourceId}">
   <LC_CIVILITE>${g % 2 ? 'M.' : 'MME'}</LC_CIVILITE>
   <NOM_DE_FAMILLE>${gr.familyName}</NOM_DE_FAMILLE>
   <PRENOM>${gr.firstName}</PRENOM>
   <TEL_PERSONNEL>02 31 ${String(g % 100).padStart(2, '0')} 44 44</TEL_PERSONNEL>
   <TEL_PORTABLE>${gr.mobileTyped}</TEL_PORTABLE>
   <MEL>parent${g}@example.fr</MEL>
   <ACCEPTE_SMS>1</ACCEPTE_SMS>
   <ADRESSE_ID>${g}</ADRESSE_ID>
  </PERSONNE>
`);
  }
  await resp.write('    </PERSONNES>\n    <RESPONSABLES>\n');
  for (const { student, guardian } of rows.links()) {
    await resp.write(`  <RESPONSABLE_ELEVE>
   <ELEVE_ID>${studentRow(student).sourceId}</ELEVE_ID>
   <PERSONNE_ID>${guardianRow(guardian).sourceId}</PERSONNE_ID>
   <RESP_FINANCIER>1</RESP_FINANCIER>
   <NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>
   <CODE_PARENTE>${student === guardian ? '10' : '20'}</CODE_PARENTE>
  </RESPONSABLE_ELEVE>
`);
  }
  await resp.write('    </RESPONSABLES>\n    <ADRESSES>\n');
  for (const g of rows.guardians()) {
    await resp.write(`  <ADRESSE ADRESSE_ID="${g}">
   <LIGNE1_ADRESSE>${(g % 120) + 1} RUE DE L'ÉGLISE</LIGNE1_ADRESSE>
   <CODE_POSTAL>14000</CODE_POSTAL>
   <LL_PAYS>FRANCE</LL_PAYS>
   <LIBELLE_POSTAL>CAEN</LIBELLE_POSTAL>
  </ADRESSE>
`);
  }
  await resp.write('    </ADRESSES>\n  </DONNEES>\n</BEE_RESPONSABLES>\n');
  await resp.end();
  return { students, guardians };
}
