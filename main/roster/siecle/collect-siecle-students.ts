import { checkStudentIdentity } from '../check-student-identity';
import { rosterSubject } from '../roster-problem';
import { parseSiecleDate } from './parse-siecle-date';
import type { SiecleRecordSink, SiecleSchoolHeader } from './siecle-file';
import type { ProblemSink } from './siecle-problem-sink';
import type { XmlVisitor } from './stream-xml-file';
import { collectSchoolHeader } from './collect-school-header';
import { trackNeededSections } from './needed-sections';

const ELEVE = 'BEE_ELEVES/DONNEES/ELEVES/ELEVE';
const STRUCTURES_ELEVE = 'BEE_ELEVES/DONNEES/STRUCTURES/STRUCTURES_ELEVE';
const STRUCTURE = `${STRUCTURES_ELEVE}/STRUCTURE`;

// A division SIECLE uses to park students who left; not a class.
const INACTIVE_DIVISION = 'inactifs';

// A student's names and birth date as SIECLE names them (checkStudentIdentity's reasons).
const SIECLE_STUDENT_FIELDS = {
  familyName: 'NOM_DE_FAMILLE or NOM',
  firstName: 'PRENOM',
  birthDate: 'DATE_NAISS',
  dateFormats: 'dd/mm/yyyy',
};

/** Reads BEE_ELEVES: students (ELEVES/ELEVE) and their division (STRUCTURES, type D). */
export function collectSiecleStudents(
  report: ProblemSink,
  sink: Pick<SiecleRecordSink, 'student' | 'studentClass'>,
) {
  const school: SiecleSchoolHeader = { uai: null, schoolYear: null };
  const header = collectSchoolHeader('BEE_ELEVES', school, report);
  const needed = trackNeededSections('BEE_ELEVES', ['ELEVES', 'STRUCTURES']);
  let student: { id: string | null; line: number; fields: Map<string, string> } | null = null;
  let structureOwner: { id: string | null; line: number } | null = null;
  let structure: { code: string; type: string; line: number } | null = null;

  function finishStudent(current: NonNullable<typeof student>): void {
    const field = (name: string): string => current.fields.get(name) ?? '';
    // NOM_DE_FAMILLE since 2016; a single NOM before.
    const familyName = field('NOM_DE_FAMILLE') || field('NOM');
    const firstName = field('PRENOM');
    const place = {
      line: current.line,
      element: 'ELEVE',
      recordId: current.id && `ELEVE_ID=${current.id}`,
      subject: rosterSubject(familyName, firstName),
    };
    if (current.id === null) return report('fatal', place, 'student without an ELEVE_ID attribute');
    const birthDate = checkStudentIdentity(
      { familyName, firstName, rawBirthDate: field('DATE_NAISS') },
      SIECLE_STUDENT_FIELDS,
      parseSiecleDate,
      (reason) => report('fatal', place, reason),
    );
    if (birthDate === null) return;
    sink.student({
      sourceId: current.id,
      line: current.line,
      familyName,
      usageName: field('NOM_USAGE') || null,
      firstName,
      birthDate,
      enrolled: field('DATE_SORTIE') === '',
    });
  }

  function finishStructure(current: NonNullable<typeof structure>): void {
    const owner = structureOwner;
    if (owner?.id == null || current.type !== 'D' || current.code === '') return;
    if (current.code.toLowerCase() === INACTIVE_DIVISION) return;
    sink.studentClass(owner.id, current.code, current.line);
  }

  const visitor: XmlVisitor = {
    open(path, _name, attributes, line) {
      header.open(path, line);
      if (path === ELEVE)
        student = { id: attributes.ELEVE_ID?.trim() || null, line, fields: new Map() };
      else if (path === STRUCTURES_ELEVE) {
        structureOwner = { id: attributes.ELEVE_ID?.trim() || null, line };
        if (structureOwner.id === null) {
          report(
            'warning',
            { line, element: 'STRUCTURES_ELEVE' },
            'no ELEVE_ID attribute; class ignored',
          );
        }
      } else if (path === STRUCTURE) structure = { code: '', type: '', line };
    },
    close(path, name, text, line, parent) {
      header.close(path, text, line);
      needed.closed(path);
      if (parent === ELEVE && student) student.fields.set(name, text);
      else if (path === ELEVE && student) {
        finishStudent(student);
        student = null;
      } else if (parent === STRUCTURE && structure) {
        if (name === 'CODE_STRUCTURE') structure.code = text;
        else if (name === 'TYPE_STRUCTURE') structure.type = text.toUpperCase();
      } else if (path === STRUCTURE && structure) {
        finishStructure(structure);
        structure = null;
      } else if (path === STRUCTURES_ELEVE) structureOwner = null;
    },
  };

  return {
    visitor,
    allRead: needed.allRead,
    finish(): SiecleSchoolHeader {
      header.finish();
      return school;
    },
  };
}
