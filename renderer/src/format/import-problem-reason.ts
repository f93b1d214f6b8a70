// The roster engine states its problems in English (for logs, the CLI and support). The
// secretary reads the common ones in French; the English stays beside them as a detail. Each
// pattern names its i18n key under console.import.reasons and the captured values it passes.
import type { Translate } from './error-message';

const REASONS: readonly { pattern: RegExp; key: string; values?: readonly string[] }[] = [
  { pattern: /^not well-formed XML/, key: 'notWellFormed' },
  {
    pattern: /^the files come from two schools: (.+) is for (\S+), (.+) for (\S+)$/,
    key: 'twoSchools',
    values: ['first', 'firstUai', 'second', 'secondUai'],
  },
  { pattern: /^the files are for different school years/, key: 'twoYears' },
  { pattern: /^no students file/, key: 'noStudentsFile' },
  { pattern: /^no guardians file/, key: 'noGuardiansFile' },
  { pattern: /^several students files/, key: 'severalStudentsFiles' },
  { pattern: /^several guardians files/, key: 'severalGuardiansFiles' },
  { pattern: /^unexpected root element/, key: 'notSiecle' },
  { pattern: /^the file is empty/, key: 'empty' },
  { pattern: /^this is a zip archive/, key: 'zip' },
  { pattern: /^(cannot read the file|unsupported encoding|UTF-16)/, key: 'unreadable' },
  { pattern: /^no school id|^the school id|^the roster has no valid school id/, key: 'noSchool' },
  // ONDE: the UAI the secretary typed (the files carry none).
  { pattern: /^".*" is not a school id/, key: 'ondeUaiInvalid' },
  { pattern: /^student has no family name/, key: 'studentNoFamilyName' },
  { pattern: /^student has no first name/, key: 'studentNoFirstName' },
  { pattern: /^student has no birth date/, key: 'studentNoBirthDate' },
  { pattern: /^person has no family name or no first name/, key: 'guardianNoName' },
  // The warning every real export carries (a legal guardian the SMS cannot reach); the desk
  // has two answers for it, so the sentence names them.
  { pattern: /^no mobile number .*cannot activate by SMS$/, key: 'guardianNoMobile' },
  {
    pattern: /is not a valid phone number: this legal guardian cannot activate by SMS$/,
    key: 'guardianMobileInvalid',
  },
  {
    pattern: /is not a mobile number: this legal guardian cannot activate by SMS$/,
    key: 'guardianMobileLandline',
  },
];

/** The French sentence for a known reason, or null (the English detail is then shown alone). */
export function frenchImportReason(t: Translate, reason: string): string | null {
  for (const { pattern, key, values = [] } of REASONS) {
    const match = pattern.exec(reason);
    if (!match) continue;
    const named = Object.fromEntries(values.map((name, i) => [name, match[i + 1] ?? '']));
    return t(`console.import.reasons.${key}`, named);
  }
  return null;
}
