// Every kind of problem the roster engine reports, recognised by its English reason (the engine
// words its problems in English for logs, the CLI and support: main/roster). The console shows
// each kind in French (renderer/src/i18n/fr.ts, console.import.reasons.<kind>), with the values
// named here taken from the reason. Specific kinds come before the general ones that would also
// match. tests/unit/roster/roster-problem-kinds.test.ts reads every reason in the engine's source
// and fails on one no kind recognises, or on a kind without its French sentence.

export interface RosterProblemKindRule {
  kind: string;
  pattern: RegExp;
  /** Names of the pattern's capture groups, in order, passed to the French sentence. */
  values?: readonly string[];
}

export const ROSTER_PROBLEM_KINDS = [
  // The files as a whole
  { kind: 'notWellFormed', pattern: /^not well-formed XML/ },
  {
    kind: 'twoSchools',
    pattern: /^the files come from two schools: (.+) is for (\S+), (.+) for (\S+)$/,
    values: ['first', 'firstUai', 'second', 'secondUai'],
  },
  { kind: 'twoYears', pattern: /^the files are for different school years/ },
  { kind: 'noStudentsFile', pattern: /^no students file/ },
  { kind: 'noGuardiansFile', pattern: /^no guardians file/ },
  { kind: 'severalStudentsFiles', pattern: /^several students files/ },
  { kind: 'severalGuardiansFiles', pattern: /^several guardians files/ },
  {
    kind: 'notSiecle',
    pattern:
      /^unexpected root element|levels deep: not a SIECLE export$|characters without a tag: not a SIECLE export$/,
  },
  { kind: 'notOnde', pattern: /^not an ONDE export/ },
  { kind: 'empty', pattern: /^the file is empty/ },
  { kind: 'zip', pattern: /^this is a zip archive/ },
  { kind: 'cutShort', pattern: /^the file does not end with/ },
  { kind: 'tooLarge', pattern: /^the file is \d+ MB, too large/ },
  {
    kind: 'notCsv',
    pattern: /^not a well-formed CSV file|^the file has no header row|^the file holds binary data/,
  },
  {
    kind: 'wrongEncoding',
    pattern:
      /byte-order mark but its bytes|is neither UTF-8 nor Windows-1252|mixes UTF-8 and Windows-1252|looks UTF-8 encoded|are not valid UTF-8 although|does not define \(read as/,
  },
  {
    kind: 'unreadable',
    pattern:
      /^(cannot read the file|unsupported encoding|UTF-16)|^cannot start at <|^no <.*> element in the file/,
  },
  // Zip archives (SIECLE)
  { kind: 'zipDamaged', pattern: /^cannot read the zip archive|^the zip archive is damaged/ },
  { kind: 'zipTooManyFiles', pattern: /^holds more than \d+ entries/ },
  { kind: 'zipNoXml', pattern: /^holds no XML file/ },
  { kind: 'zipEntryIgnored', pattern: /: not an XML file; ignored$/ },
  {
    kind: 'zipEntryRefused',
    pattern: / is encrypted: export it again| uses compression method | would inflate /,
  },
  // The school
  { kind: 'noSchool', pattern: /^no school id|^the school id|^the roster has no valid school id/ },
  // ONDE: the UAI the secretary typed (the files carry none).
  { kind: 'ondeUaiInvalid', pattern: /^".*" is not a school id/ },
  { kind: 'ondeNoSchool', pattern: /^ONDE exports do not name their school/ },
  // ONDE columns
  {
    kind: 'ondeMissingColumns',
    pattern: /^the (?:students|guardians) export has no column (.+): export /,
    values: ['columns'],
  },
  { kind: 'ondeChildColumnsIncomplete', pattern: /^the child columns are incomplete/ },
  {
    kind: 'ondeUnknownColumn',
    pattern: /^unknown column "(.*)" in the \S+ export/,
    values: ['column'],
  },
  { kind: 'ondeNoRows', pattern: /^the (?:students|guardians) export lists no / },
  // Students
  { kind: 'studentNoId', pattern: /^student without an ELEVE_ID/ },
  { kind: 'studentNoFamilyName', pattern: /^(?:student|pupil) has no family name/ },
  { kind: 'studentNoFirstName', pattern: /^(?:student|pupil) has no first name/ },
  { kind: 'studentNoBirthDate', pattern: /^(?:student|pupil) has no birth date/ },
  { kind: 'invalidBirthDate', pattern: /^invalid birth date "(.*)" \(expected/, values: ['date'] },
  {
    kind: 'duplicatePupil',
    pattern: /^the same pupil \(names and birth date\) is already on line (\d+)/,
    values: ['line'],
  },
  {
    kind: 'duplicateId',
    pattern: /^the same (ELEVE_ID|PERSONNE_ID) appears twice/,
    values: ['id'],
  },
  {
    kind: 'unknownState',
    pattern: /^unknown "Etat" value "(.*)" \(expected/,
    values: ['state'],
  },
  {
    kind: 'twoDivisions',
    pattern: /^student is in two divisions \("(.*)" and "(.*)"\); kept "(.*)"$/,
    values: ['first', 'second', 'kept'],
  },
  { kind: 'classWithoutStudent', pattern: /^no ELEVE_ID attribute; class ignored/ },
  // Guardians and links
  { kind: 'guardianNoId', pattern: /^person without a PERSONNE_ID/ },
  {
    kind: 'guardianNoName',
    pattern: /^person has no family name or no first name|^guardian has no name/,
  },
  { kind: 'guardianNoPupil', pattern: /^none of this guardian.s children is a pupil/ },
  { kind: 'childNoName', pattern: /^child without a first name or a family name/ },
  { kind: 'childAmbiguous', pattern: /^child \(.*\) matches \S+ pupils of the students export/ },
  {
    kind: 'childOtherClass',
    pattern: /^child \(.*\) matches a pupil by name, but in class (.*) in the students export/,
    values: ['className'],
  },
  { kind: 'childUnknown', pattern: /^child \(.*\) matches no pupil/ },
  { kind: 'linkNoId', pattern: /^link without ELEVE_ID or PERSONNE_ID/ },
  { kind: 'linkNoLevel', pattern: /^link without a valid NIVEAU_RESPONSABILITE/ },
  { kind: 'linkUnknownGuardian', pattern: /^link to a person who is not in the guardians file/ },
  { kind: 'linkUnknownStudent', pattern: /^link to a student who is not in the students file/ },
  // The warning every real export carries (a legal guardian the SMS cannot reach); the desk
  // has two answers for it, so the sentence names them.
  { kind: 'guardianNoMobile', pattern: /^no mobile number.*cannot activate by SMS$/ },
  {
    kind: 'guardianMobileInvalid',
    pattern: /is not a valid phone number: this legal guardian cannot activate by SMS$/,
  },
  {
    kind: 'guardianMobileLandline',
    pattern: /is not a mobile number: this legal guardian cannot activate by SMS$/,
  },
  { kind: 'guardianCannotSms', pattern: /: this legal guardian cannot activate by SMS$/ },
  // A check that found many of the same: the rest are counted.
  { kind: 'moreOfTheSame', pattern: /^… and (\d+) more /, values: ['n'] },
] as const satisfies readonly RosterProblemKindRule[];

export type RosterProblemKind = (typeof ROSTER_PROBLEM_KINDS)[number]['kind'];

/** The kind of a problem from its English reason, with the values its French sentence names. */
export function classifyRosterProblem(
  reason: string,
): { kind: RosterProblemKind; values: Record<string, string> } | null {
  for (const rule of ROSTER_PROBLEM_KINDS as readonly RosterProblemKindRule[]) {
    const match = rule.pattern.exec(reason);
    if (!match) continue;
    const values = Object.fromEntries(
      (rule.values ?? []).map((name, i) => [name, match[i + 1] ?? '']),
    );
    return { kind: rule.kind as RosterProblemKind, values };
  }
  return null;
}
