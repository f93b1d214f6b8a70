import type { OndeTable } from './read-onde-table';

/** Column names as foldOndeHeader makes them. */
export const STUDENT_COLUMNS = {
  familyName: 'nom eleve',
  firstName: 'prenom eleve',
  usageName: "nom d'usage",
  birthDate: 'date naissance',
  className: 'classe',
  state: 'etat',
} as const;

export const GUARDIAN_COLUMNS = {
  civility: 'civilite responsable',
  usageName: 'nom usage responsable',
  familyName: 'nom responsable',
  firstName: 'prenom responsable',
  homePhone: 'telephone domicile',
  mobile: 'telephone portable',
  childUsageName: "nom d'usage enfant",
  childFamilyName: 'nom de famille enfant',
  childFirstName: 'prenom enfant',
  childClass: 'classes enfants',
} as const;

/** Reads a row's fields by column name; a column the file lacks reads as ''. */
export function columnReader(table: OndeTable) {
  const positions = (folded: string): number[] =>
    table.foldedHeaders.flatMap((name, index) => (name === folded ? [index] : []));
  return {
    /** Every position of a column that repeats (the child groups), in file order. */
    positions,
    /** The first position of a column, or null. */
    first: (folded: string): number | null => positions(folded)[0] ?? null,
  };
}

/** The field at `index` of a row, '' when absent (a short row, a missing optional column). */
export const fieldAt = (fields: readonly string[], index: number | null | undefined): string =>
  index === null || index === undefined ? '' : (fields[index] ?? '');
