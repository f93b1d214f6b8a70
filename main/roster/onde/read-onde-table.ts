import { readFile, stat } from 'node:fs/promises';
import { CsvError, parse } from 'csv-parse/sync';
import { decodeOndeBytes } from './decode-onde-bytes';
import { foldOndeHeader } from './fold-onde-header';

export interface OndeRow {
  /** Line of the file where the row ends (its first line unless a quoted field spans lines). */
  line: number;
  fields: string[];
}

export interface OndeTable {
  /** Column names as found (trimmed) and as compared (foldOndeHeader), by position. */
  headers: string[];
  foldedHeaders: string[];
  rows: OndeRow[];
}

export type OndeTableReading =
  { ok: true; table: OndeTable } | { ok: false; line: number | null; reason: string };

// A school's ONDE export is a few hundred rows (an école has at most some hundreds of pupils):
// far beyond this it is not one, and reading it whole would only waste memory.
export const MAX_ONDE_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads an ONDE CSV export into its header and rows: semicolon-separated, CRLF or LF, fields
 * quoted or not. Rows with nothing in them (";;;;") are skipped. Fails with the line and reason
 * when the file cannot be decoded or is not well-formed CSV.
 */
export async function readOndeTable(path: string): Promise<OndeTableReading> {
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > MAX_ONDE_FILE_BYTES) {
      return {
        ok: false,
        line: null,
        reason: `the file is ${Math.round(size / 1024 / 1024)} MB, too large for one school's ONDE export`,
      };
    }
    bytes = await readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, line: null, reason: `cannot read the file: ${reason}` };
  }
  const decoded = decodeOndeBytes(bytes);
  if (!decoded.ok) return decoded;

  let records: { record: string[]; info: { lines: number } }[];
  try {
    // Line ends are made LF first: csv-parse guesses one record delimiter from the first line
    // and would keep the rest of a file whose lines were partly re-saved with the other.
    records = parse(decoded.text.replace(/\r\n?/g, '\n'), {
      delimiter: ';',
      record_delimiter: '\n',
      // A quote inside an unquoted field (a nickname in quotes) is kept as a character.
      relax_quotes: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? null;
    return {
      ok: false,
      line,
      reason:
        error.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'not a well-formed CSV file: a quoted field is never closed (a " is missing)'
          : `not a well-formed CSV file: ${error.message}`,
    };
  }
  const [header, ...body] = records;
  if (header === undefined) return { ok: false, line: null, reason: 'the file has no header row' };
  const headers = header.record.map((name) => name.trim());
  return {
    ok: true,
    table: {
      headers,
      foldedHeaders: headers.map(foldOndeHeader),
      rows: body.map(({ record, info }) => ({
        line: info.lines,
        fields: record.map((value) => value.trim()),
      })),
    },
  };
}
