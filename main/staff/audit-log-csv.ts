import type { AuditEntryView } from '../../shared/console-views';

// French spreadsheets (Excel, LibreOffice in French) read ";" as the column separator and need
// the BOM to take the file as UTF-8.
const SEPARATOR = ';';
const BOM = '\uFEFF';
const HEADER = ['date', 'acteur', 'action', 'representant_id', 'representant', 'details'];

/**
 * One CSV field: quoted when needed, and a leading = + - @ (or tab/CR) neutralised with an
 * apostrophe so a spreadsheet never runs a cell as a formula (CSV injection).
 */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[";\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** The audit log as a CSV file, one entry per line, oldest first. */
export function auditLogCsv(entries: readonly AuditEntryView[]): string {
  const lines = [HEADER.join(SEPARATOR)];
  for (const entry of entries) {
    lines.push(
      [
        entry.at,
        entry.actorLabel,
        entry.action,
        entry.guardianId,
        entry.guardianName,
        entry.details,
      ]
        .map(csvField)
        .join(SEPARATOR),
    );
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** "journal-audit-2026-12-02.csv" (the day of the export, UTC). */
export const auditCsvFileName = (now: Date): string =>
  `journal-audit-${now.toISOString().slice(0, 10)}.csv`;
