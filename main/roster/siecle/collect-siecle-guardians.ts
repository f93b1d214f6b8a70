import { rosterSubject } from '../roster-problem';
import { chooseGuardianMobile } from './choose-guardian-mobile';
import { collectSchoolHeader } from './collect-school-header';
import { trackNeededSections } from './needed-sections';
import type { SiecleRecordSink, SiecleSchoolHeader } from './siecle-file';
import type { ProblemSink } from './siecle-problem-sink';
import type { XmlVisitor } from './stream-xml-file';

const PERSONNE = 'BEE_RESPONSABLES/DONNEES/PERSONNES/PERSONNE';
export const LINKS_BLOCK = { element: 'RESPONSABLES', within: ['BEE_RESPONSABLES', 'DONNEES'] };
const RESPONSABLES = 'BEE_RESPONSABLES/DONNEES/RESPONSABLES';
const RESPONSABLE_ELEVE = `${RESPONSABLES}/RESPONSABLE_ELEVE`;

interface OpenRecord {
  id: string | null;
  line: number;
  fields: Map<string, string>;
}

/**
 * NIVEAU_RESPONSABILITE 1/2/3 as is; older files' RESP_LEGAL 1 or 2 (first or second legal
 * guardian) → 1, RESP_LEGAL 0 → 3 (a contact, not a legal guardian). null when neither is usable.
 */
function legalLevelOf(niveau: string, respLegal: string): 1 | 2 | 3 | null {
  if (niveau === '1' || niveau === '2' || niveau === '3') return Number(niveau) as 1 | 2 | 3;
  if (niveau === '' && (respLegal === '1' || respLegal === '2')) return 1;
  if (niveau === '' && respLegal === '0') return 3;
  return null;
}

/**
 * Reads BEE_RESPONSABLES: persons (PERSONNES/PERSONNE) and links (RESPONSABLES/RESPONSABLE_ELEVE).
 * `linksOnly`: reads the RESPONSABLES block alone, for a thread started at that block while
 * another reads the rest (see LINKS_BLOCK); the school header is that other thread's.
 */
export function collectSiecleGuardians(
  report: ProblemSink,
  sink: Pick<SiecleRecordSink, 'guardian' | 'link'>,
  { linksOnly = false }: { linksOnly?: boolean } = {},
) {
  const school: SiecleSchoolHeader = { uai: null, schoolYear: null };
  const header = collectSchoolHeader('BEE_RESPONSABLES', school, report);
  const needed = linksOnly
    ? trackNeededSections('BEE_RESPONSABLES', ['RESPONSABLES'], { parameters: false })
    : trackNeededSections('BEE_RESPONSABLES', ['PERSONNES', 'RESPONSABLES']);
  let person: OpenRecord | null = null;
  let link: OpenRecord | null = null;

  function finishPerson(current: OpenRecord): void {
    const recordId = current.id && `PERSONNE_ID=${current.id}`;
    const place = { line: current.line, element: 'PERSONNE', recordId };
    if (current.id === null)
      return report('fatal', place, 'person without a PERSONNE_ID attribute');
    const field = (name: string): string => current.fields.get(name) ?? '';
    const familyName = field('NOM_DE_FAMILLE') || field('NOM');
    const firstName = field('PRENOM');
    if (familyName === '' || firstName === '') {
      // Kept out rather than refusing the file: such a person (often an institution) could
      // never be identified by name at the kiosk anyway.
      const subject = rosterSubject(familyName, firstName);
      return report(
        'warning',
        { ...place, subject },
        'person has no family name or no first name; skipped',
      );
    }
    const mobile = chooseGuardianMobile(field('TEL_PORTABLE'), field('TEL_PERSONNEL'));
    sink.guardian({
      sourceId: current.id,
      line: current.line,
      civility: field('LC_CIVILITE') || null,
      familyName,
      usageName: field('NOM_USAGE') || null,
      firstName,
      mobileE164: mobile.mobileE164,
      mobileProblem: mobile.problem,
    });
  }

  function finishLink(current: OpenRecord): void {
    const field = (name: string): string => current.fields.get(name) ?? '';
    const studentId = field('ELEVE_ID');
    const personId = field('PERSONNE_ID');
    const recordId = [studentId && `ELEVE_ID=${studentId}`, personId && `PERSONNE_ID=${personId}`]
      .filter(Boolean)
      .join(' ');
    const place = { line: current.line, element: 'RESPONSABLE_ELEVE', recordId: recordId || null };
    if (studentId === '' || personId === '') {
      return report('fatal', place, 'link without ELEVE_ID or PERSONNE_ID');
    }
    const legalLevel = legalLevelOf(field('NIVEAU_RESPONSABILITE'), field('RESP_LEGAL'));
    if (legalLevel === null) {
      return report(
        'fatal',
        place,
        'link without a valid NIVEAU_RESPONSABILITE (1–3) or RESP_LEGAL (0–2)',
      );
    }
    sink.link({
      line: current.line,
      studentSourceId: studentId,
      guardianSourceId: personId,
      legalLevel,
      relationCode: field('CODE_PARENTE') || null,
    });
  }

  const visitor: XmlVisitor = {
    open(path, _name, attributes, line) {
      header.open(path, line);
      if (path === PERSONNE)
        person = { id: attributes.PERSONNE_ID?.trim() || null, line, fields: new Map() };
      else if (path === RESPONSABLE_ELEVE) link = { id: null, line, fields: new Map() };
    },
    close(path, name, text, line, parent) {
      header.close(path, text, line);
      needed.closed(path);
      if (parent === PERSONNE && person) person.fields.set(name, text);
      else if (parent === RESPONSABLE_ELEVE && link) link.fields.set(name, text);
      else if (path === PERSONNE && person) {
        finishPerson(person);
        person = null;
      } else if (path === RESPONSABLE_ELEVE && link) {
        finishLink(link);
        link = null;
      }
    },
  };

  return {
    visitor,
    allRead: needed.allRead,
    /**
     * Whether the element opening at `path` is the links block and all else needed is read:
     * another thread may then read the links (and check the file's end).
     */
    linksFrom: (path: string): boolean => path === RESPONSABLES && needed.onlyLeft(path),
    finish(): SiecleSchoolHeader {
      if (!linksOnly) header.finish();
      return school;
    },
  };
}
