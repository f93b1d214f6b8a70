// The one-page letter a secretary prints for a parent given an identifier with a temporary
// password. Pure: takes `t` and the issued facts, returns the letter's blocks (the print preview
// renders them) and, from them, a standalone print-ready HTML document (Electron's printToPDF
// loads it). Nothing here keeps the password: the caller drops the letter when done.
import type { IssuedIdentifier } from '../../../shared/desk-view';
import type { Translate } from '../format/error-message';

export type LetterBlock =
  | { kind: 'school' | 'date' | 'paragraph' | 'footer'; text: string }
  | { kind: 'title' | 'heading'; text: string }
  | { kind: 'credential'; label: string; value: string; testId: 'identifier' | 'password' };

export interface TemporaryPasswordLetter {
  /** The document's title (also the PDF's). */
  title: string;
  blocks: LetterBlock[];
}

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
    { kind: 'heading', text: t('desk.letter.firstLoginTitle') },
    { kind: 'paragraph', text: t('desk.letter.firstLogin') },
    { kind: 'heading', text: t('desk.letter.nextTimeTitle') },
    { kind: 'paragraph', text: t('desk.letter.nextTime') },
    { kind: 'paragraph', text: t('desk.letter.keepSafe') },
    { kind: 'footer', text: t('desk.letter.footer', { date }) },
  );
  return { title: t('desk.letter.title'), blocks };
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/gu,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

// One A4 page: generous type for parents who read little, the credentials in a monospaced box
// so "rn" never reads as "m".
const LETTER_CSS = `
@page { size: A4; margin: 20mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 12pt; line-height: 1.45; color: #000; margin: 0; }
.letter__school { font-weight: bold; font-size: 13pt; margin: 0; }
.letter__date { text-align: right; margin: 0 0 8mm; }
h1 { font-size: 18pt; margin: 0 0 6mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; }
p { margin: 0 0 3mm; }
.letter__credential { border: 1.5pt solid #000; border-radius: 3mm; padding: 3mm 5mm; margin: 0 0 4mm; }
.letter__label { font-size: 11pt; margin: 0; }
.letter__value { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 20pt; letter-spacing: 0.08em; margin: 0; }
.letter__footer { margin-top: 10mm; font-size: 10pt; }
`;

function blockHtml(block: LetterBlock): string {
  switch (block.kind) {
    case 'credential':
      return `<div class="letter__credential"><p class="letter__label">${escapeHtml(block.label)}</p><p class="letter__value">${escapeHtml(block.value)}</p></div>`;
    case 'title':
      return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'heading':
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    default:
      return `<p class="letter__${block.kind}">${escapeHtml(block.text)}</p>`;
  }
}

/** The letter as a standalone HTML document (no script, no outside resource). */
export function letterDocument(letter: TemporaryPasswordLetter): string {
  const body = letter.blocks.map(blockHtml).join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(letter.title)}</title>
<style>${LETTER_CSS}</style>
</head>
<body>
<main class="letter">
${body}
</main>
</body>
</html>
`;
}
