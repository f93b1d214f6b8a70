// The temporary-password letter as data (title and blocks, built by the renderer in French) and
// as a standalone print-ready HTML document: the main process builds the document itself from
// the validated blocks (console.saveLetterPdf), so no HTML crosses the IPC boundary.

export type LetterBlock =
  | { kind: 'school' | 'date' | 'paragraph' | 'footer'; text: string }
  /** The address to type in a browser: printed as text to copy, never as a link. */
  | { kind: 'address'; text: string }
  | { kind: 'title' | 'heading'; text: string }
  | { kind: 'credential'; label: string; value: string; testId: 'identifier' | 'password' };

export interface TemporaryPasswordLetter {
  /** The document's title (also the PDF's). */
  title: string;
  blocks: LetterBlock[];
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
.letter__address { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 13pt; font-weight: bold; overflow-wrap: anywhere; margin: 0 0 3mm 6mm; }
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

/** "lettre-julien.bernard1.pdf": the PDF's suggested name, from the identifier on the letter. */
export function letterFileName(letter: TemporaryPasswordLetter): string {
  const identifier = letter.blocks.find(
    (block) => block.kind === 'credential' && block.testId === 'identifier',
  );
  const safe =
    identifier?.kind === 'credential' ? identifier.value.replace(/[^a-z0-9.-]+/gu, '') : '';
  return safe ? `lettre-${safe}.pdf` : 'lettre.pdf';
}
