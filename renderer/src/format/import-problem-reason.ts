// The roster engine states its problems in English (for logs, the CLI and support). The
// secretary reads each in French (console.import.reasons.<kind>); the English stays beside it
// as a detail. The kinds and the values they name are in shared/roster-problem-kinds.ts.
import { classifyRosterProblem } from '../../../shared/roster-problem-kinds';
import type { Translate } from './error-message';

/** The French sentence for a reason, or null for one no kind recognises (the English detail is then shown alone). */
export function frenchImportReason(t: Translate, reason: string): string | null {
  const problem = classifyRosterProblem(reason);
  return problem === null ? null : t(`console.import.reasons.${problem.kind}`, problem.values);
}
