// ", année scolaire 2025-2026" after a school's UAI, or nothing when the export gave no year.
import type { Translate } from './error-message';

export const schoolYearText = (t: Translate, year: number | null): string =>
  year === null ? '' : t('console.import.schoolYear', { from: year, to: year + 1 });
