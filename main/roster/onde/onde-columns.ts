import type { OndeTable } from './read-onde-table';

// ONDE has written the same column under different names across its versions: the current
// "liste des élèves" says "Nom d'usage", the BE1D "CSVExtraction-eleves" says "Nom d'usage
// Elève" (and "Adresse1", "Cp1"…). Each column the kiosk reads lists every name it is known by,
// as foldOndeHeader makes them (../shared/docs/roster-formats.md).

/** A column the kiosk reads, by every name it is known by (folded). */
export type OndeColumn = readonly string[];

export const STUDENT_COLUMNS = {
  familyName: ['nom eleve'],
  firstName: ['prenom eleve'],
  usageName: ["nom d'usage", "nom d'usage eleve"],
  birthDate: ['date naissance'],
  className: ['classe'],
  state: ['etat'],
} as const satisfies Record<string, OndeColumn>;

export const GUARDIAN_COLUMNS = {
  civility: ['civilite responsable'],
  usageName: ['nom usage responsable', "nom d'usage responsable"],
  familyName: ['nom responsable'],
  firstName: ['prenom responsable'],
  homePhone: ['telephone domicile'],
  mobile: ['telephone portable'],
  childUsageName: ["nom d'usage enfant", 'nom usage enfant'],
  childFamilyName: ['nom de famille enfant'],
  childFirstName: ['prenom enfant'],
  childClass: ['classes enfants'],
} as const satisfies Record<string, OndeColumn>;

/** Columns ONDE writes that the kiosk has no use for (addresses, options…): read past, silently. */
const IGNORED_STUDENT_HEADERS = [
  'niveau',
  'cycle',
  'regroupement',
  'date inscription',
  'deuxieme prenom',
  'troisieme prenom',
  'commune naissance',
  'dept naissance',
  'pays naissance',
  'sexe',
  'adresse',
  'cp',
  'commune',
  'pays',
  // BE1D layout
  'adresse1',
  'cp1',
  'commune1',
  'pays1',
  'adresse2',
  'cp2',
  'commune2',
  'pays2',
  'attestation fournie',
  'autorisations associations',
  'autorisations photos',
  'decision de passage',
];

const IGNORED_GUARDIAN_HEADERS = [
  'adresse responsable',
  'cp responsable',
  'commune responsable',
  'pays',
  'courriel',
  'telephone travail',
  'numero de poste',
];

const knownHeaders = (columns: Record<string, OndeColumn>, ignored: readonly string[]) =>
  new Set([...Object.values(columns).flat(), ...ignored]);

const KNOWN_HEADERS = {
  students: knownHeaders(STUDENT_COLUMNS, IGNORED_STUDENT_HEADERS),
  guardians: knownHeaders(GUARDIAN_COLUMNS, IGNORED_GUARDIAN_HEADERS),
};

/**
 * The headers of an export (as written, trimmed) that ONDE is not known to write: a new ONDE
 * version, or a column renamed by hand. Reported so that a column the kiosk should read is not
 * lost in silence. An empty header (the trailing ";" of some versions) is not one.
 */
export function unknownOndeHeaders(table: OndeTable, kind: 'students' | 'guardians'): string[] {
  const known = KNOWN_HEADERS[kind];
  return table.headers.filter(
    (header, index) => header !== '' && !known.has(table.foldedHeaders[index] ?? ''),
  );
}

/** Whether the export has a column of one of these names. */
export const hasOndeColumn = (table: OndeTable, column: OndeColumn): boolean =>
  table.foldedHeaders.some((name) => column.includes(name));

/** Reads a row's fields by column; a column the file lacks reads as ''. */
export function columnReader(table: OndeTable) {
  const positions = (column: OndeColumn): number[] =>
    table.foldedHeaders.flatMap((name, index) => (column.includes(name) ? [index] : []));
  return {
    /** Every position of a column that repeats (the child groups), in file order. */
    positions,
    /** The first position of a column, or null. */
    first: (column: OndeColumn): number | null => positions(column)[0] ?? null,
  };
}

/** The field at `index` of a row, '' when absent (a short row, a missing optional column). */
export const fieldAt = (fields: readonly string[], index: number | null | undefined): string =>
  index === null || index === undefined ? '' : (fields[index] ?? '');
