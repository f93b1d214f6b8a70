// The one-page letter a secretary prints for a parent given an identifier with a temporary
// password. Pure: takes `t` and the issued facts, returns the letter's blocks (the print preview
// renders them; shared/temporary-password-letter-document.ts makes the standalone HTML that
// Electron's printToPDF loads). Nothing here keeps the password: the caller drops the letter.
import type { IssuedIdentifier } from '../../../shared/desk-view';
import type {
  LetterBlock,
  TemporaryPasswordLetter,
} from '../../../shared/temporary-password-letter-document';
import type { Translate } from '../format/error-message';

/** "Hugo, Léa et Zoé". */
function joinNames(t: Translate, names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return t('units.and', { first: names.slice(0, -1).join(', '), second: names.at(-1) });
}

/** "6 octobre 2025", in Paris time whatever the machine's zone. */
export const letterDate = (iso: string): string =>
  new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso));

/**
 * Where and how to log in: the address the secretariat set in Réglages, and the steps; without
 * one, the parent is told to ask the secretariat for it (never a blank to fill).
 */
function whereToLogIn(t: Translate, loginUrl: string | null): LetterBlock[] {
  if (!loginUrl) return [{ kind: 'paragraph', text: t('desk.letter.askForAddress') }];
  return [
    { kind: 'paragraph', text: t('desk.letter.openAddress') },
    { kind: 'address', text: loginUrl },
    { kind: 'paragraph', text: t('desk.letter.chooseParent') },
  ];
}

export function buildTemporaryPasswordLetter(
  t: Translate,
  issued: IssuedIdentifier,
): TemporaryPasswordLetter {
  const date = letterDate(issued.issuedAt);
  const name = `${issued.guardianFirstName} ${issued.guardianFamilyName}`;
  const blocks: LetterBlock[] = [];
  if (issued.schoolName) blocks.push({ kind: 'school', text: issued.schoolName });
  blocks.push(
    { kind: 'date', text: t('desk.letter.date', { date }) },
    { kind: 'title', text: t('desk.letter.title') },
    { kind: 'paragraph', text: t('desk.letter.greeting', { name }) },
    {
      kind: 'paragraph',
      text: t('desk.letter.intro', { children: joinNames(t, issued.childrenFirstNames) }),
    },
    {
      kind: 'credential',
      label: t('desk.letter.identifier'),
      value: issued.identifier,
      testId: 'identifier',
    },
    {
      kind: 'credential',
      label: t('desk.letter.temporaryPassword'),
      value: issued.temporaryPassword,
      testId: 'password',
    },
    { kind: 'heading', text: t('desk.letter.whereTitle') },
    ...whereToLogIn(t, issued.loginUrl),
    { kind: 'heading', text: t('desk.letter.firstLoginTitle') },
    { kind: 'paragraph', text: t('desk.letter.firstLogin') },
    { kind: 'heading', text: t('desk.letter.nextTimeTitle') },
    { kind: 'paragraph', text: t('desk.letter.nextTime') },
    { kind: 'paragraph', text: t('desk.letter.keepSafe') },
    { kind: 'footer', text: t('desk.letter.footer', { date }) },
  );
  return { title: t('desk.letter.title'), blocks };
}

export { letterDocument } from '../../../shared/temporary-password-letter-document';
export type { LetterBlock, TemporaryPasswordLetter };
