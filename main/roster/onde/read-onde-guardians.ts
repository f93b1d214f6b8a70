import { rosterSubject } from '../roster-problem';
import type { ProblemSink } from '../siecle/siecle-problem-sink';
import { chooseOndeMobile } from './choose-onde-mobile';
import { foldOndeHeader } from './fold-onde-header';
import { columnReader, fieldAt, GUARDIAN_COLUMNS } from './onde-columns';
import { reportUnknownOndeHeaders } from './report-unknown-onde-headers';
import type { OndeChildRef, OndeGuardianRow, OndeGuardiansFile } from './onde-file';
import type { OndeTable } from './read-onde-table';

/**
 * "M", "Monsieur" → "M."; "MME", "Madame" → "MME"; "MLLE", "Mademoiselle" → "MME":
 * administrations stopped using "Mademoiselle" in 2012 (circulaire du 21 février 2012), and
 * what the kiosk prints addresses parents as M. or MME, as SIECLE does. Anything else is kept.
 */
function normaliseCivility(raw: string): string | null {
  const folded = foldOndeHeader(raw).replace(/\.$/, '');
  if (folded === '') return null;
  if (folded === 'm' || folded === 'monsieur') return 'M.';
  if (['mme', 'madame', 'mlle', 'mademoiselle'].includes(folded)) return 'MME';
  return raw.trim();
}

/**
 * Reads the guardians export ("CSVExtraction-responsables"): one guardian per row, then the
 * child columns repeated once per child (often three groups, empty when fewer children).
 * Children are kept as names + class here; buildOndeSnapshot finds the pupils they are.
 */
export function readOndeGuardians(
  fileName: string,
  table: OndeTable,
  report: ProblemSink,
): OndeGuardiansFile {
  const columns = columnReader(table);
  const at = {
    civility: columns.first(GUARDIAN_COLUMNS.civility),
    usageName: columns.first(GUARDIAN_COLUMNS.usageName),
    familyName: columns.first(GUARDIAN_COLUMNS.familyName),
    firstName: columns.first(GUARDIAN_COLUMNS.firstName),
    homePhone: columns.first(GUARDIAN_COLUMNS.homePhone),
    mobile: columns.first(GUARDIAN_COLUMNS.mobile),
  };
  // The k-th child group is made of the k-th occurrence of each child column.
  const childFamily = columns.positions(GUARDIAN_COLUMNS.childFamilyName);
  const childFirst = columns.positions(GUARDIAN_COLUMNS.childFirstName);
  const childClass = columns.positions(GUARDIAN_COLUMNS.childClass);
  const childUsage = columns.positions(GUARDIAN_COLUMNS.childUsageName);

  const missing = [
    [at.familyName, 'Nom responsable'],
    [at.firstName, 'Prénom responsable'],
    [at.mobile, 'Téléphone portable'],
    [childFamily[0] ?? null, 'Nom de famille enfant'],
    [childFirst[0] ?? null, 'Prénom enfant'],
    [childClass[0] ?? null, 'Classes enfants'],
  ].flatMap(([position, name]) => (position === null ? [`"${name as string}"`] : []));
  if (missing.length > 0) {
    report(
      'fatal',
      { line: 1, element: null },
      `the guardians export has no column ${missing.join(', ')}: export "CSVExtraction-responsables" again from ONDE`,
    );
    return { kind: 'guardians', fileName, guardians: [] };
  }
  if (childFamily.length !== childFirst.length || childFirst.length !== childClass.length) {
    report(
      'fatal',
      { line: 1, element: null },
      `the child columns are incomplete (${childFamily.length} "Nom de famille enfant", ` +
        `${childFirst.length} "Prénom enfant", ${childClass.length} "Classes enfants"): ` +
        'export the file again from ONDE',
    );
    return { kind: 'guardians', fileName, guardians: [] };
  }
  reportUnknownOndeHeaders(table, 'guardians', report);

  if (table.rows.length === 0) {
    report(
      'fatal',
      { line: null, element: null },
      'the guardians export lists no guardian: export it again from ONDE',
    );
    return { kind: 'guardians', fileName, guardians: [] };
  }
  const guardians: OndeGuardianRow[] = [];
  for (const { line, fields } of table.rows) {
    const children: OndeChildRef[] = [];
    childFirst.forEach((firstAt, index) => {
      const position = index + 1;
      const child = {
        familyName: fieldAt(fields, childFamily[index]),
        usageName: fieldAt(fields, childUsage[index]) || null,
        firstName: fieldAt(fields, firstAt),
        className: fieldAt(fields, childClass[index]) || null,
      };
      const empty =
        child.familyName === '' &&
        child.usageName === null &&
        child.firstName === '' &&
        child.className === null;
      if (empty) return;
      if (child.firstName === '' || (child.familyName === '' && child.usageName === null)) {
        report(
          'warning',
          {
            line,
            element: null,
            recordId: `child ${position}`,
            subject: rosterSubject(child.familyName || child.usageName || '', child.firstName),
          },
          'child without a first name or a family name: not linked',
        );
        return;
      }
      children.push({ position, ...child, familyName: child.familyName || child.usageName || '' });
    });
    const usageName = fieldAt(fields, at.usageName) || null;
    // Some guardians have only their usage name filled in: it is the name they go by.
    const familyName = fieldAt(fields, at.familyName) || usageName || '';
    const firstName = fieldAt(fields, at.firstName);
    if (familyName === '' || firstName === '') {
      report(
        'warning',
        { line, element: null, subject: rosterSubject(familyName, firstName) },
        'guardian has no name ("Nom responsable") or no first name ("Prénom responsable"); skipped',
      );
      continue;
    }
    const mobile = chooseOndeMobile(fieldAt(fields, at.mobile), fieldAt(fields, at.homePhone));
    guardians.push({
      line,
      civility: normaliseCivility(fieldAt(fields, at.civility)),
      familyName,
      usageName,
      firstName,
      mobileE164: mobile.mobileE164,
      mobileProblem: mobile.problem,
      children,
    });
  }
  return { kind: 'guardians', fileName, guardians };
}
