import type { ImportSummary, RosterImportOutcome } from '../roster/roster-import';
import { formatRosterProblemWithSubject, type RosterProblem } from '../roster/roster-problem';

// Enough for a secretary to see the pattern; the rest are counted.
const MAX_LISTED_PROBLEMS = 100;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The lines printed after a successful (or dry-run) import. */
export function formatImportSummary(
  summary: RosterImportOutcome | ImportSummary,
  options: { dryRun: boolean; graceDays?: number },
): string[] {
  const year =
    summary.schoolYear === null
      ? ''
      : ` (school year ${summary.schoolYear}–${summary.schoolYear + 1})`;
  const lines = [
    options.dryRun
      ? `Dry run: the ${summary.source.toUpperCase()} roster of school ${summary.schoolUai}${year} is valid; nothing was written.`
      : `Imported the ${summary.source.toUpperCase()} roster of school ${summary.schoolUai}${year}.`,
    `Students: ${summary.students} (${summary.enrolled} enrolled): ${summary.studentsAdded} added, ` +
      `${summary.studentsUpdated} updated, ${summary.studentsUnchanged} unchanged`,
    `Guardians: ${summary.guardians} (${summary.guardiansWithMobile} with a mobile number): ` +
      `${summary.guardiansAdded} added, ${summary.guardiansUpdated} updated, ${summary.guardiansUnchanged} unchanged`,
    `Links: ${summary.links} (${summary.legalLinks} to a legal guardian): ${summary.linksAdded} added, ` +
      `${summary.linksUpdated} updated, ${summary.linksRemoved} removed`,
  ];
  if (summary.studentsGone + summary.guardiansGone > 0) {
    const purge =
      options.graceDays === undefined
        ? 'deleted after the grace period unless they come back'
        : `deleted after ${plural(options.graceDays, 'day')} unless they come back`;
    lines.push(
      `${options.dryRun ? 'Would be marked gone' : 'Marked gone'} (not in this export; ${purge}): ` +
        `${plural(summary.studentsGone, 'student')}, ${plural(summary.guardiansGone, 'guardian')}`,
    );
  }
  if (summary.studentsReturned + summary.guardiansReturned > 0) {
    lines.push(
      `Back in the roster after being gone: ${plural(summary.studentsReturned, 'student')}, ` +
        plural(summary.guardiansReturned, 'guardian'),
    );
  }
  if ('accountsDisabled' in summary) {
    if (summary.accountsDisabled > 0) {
      lines.push(`Accounts disabled (their guardian left the roster): ${summary.accountsDisabled}`);
    }
    if (summary.accountsEnabled > 0) {
      lines.push(`Accounts enabled again (their guardian is back): ${summary.accountsEnabled}`);
    }
    const { purged } = summary;
    if (purged.students + purged.guardians + purged.accounts > 0) {
      lines.push(
        `Deleted, gone longer than the grace period (S-DATA-2): ${plural(purged.students, 'student')}, ` +
          `${plural(purged.guardians, 'guardian')}, ${plural(purged.accounts, 'account')}`,
      );
    }
  }
  if (summary.demoRosterRemoved) {
    lines.push(
      options.dryRun
        ? 'Dry run: the demo roster would be removed and the kiosk would leave demo mode.'
        : 'The demo roster was removed: the kiosk has left demo mode.',
    );
  }
  if (!summary.changed) {
    lines.push(
      options.dryRun
        ? 'Nothing would change: the database already holds this roster.'
        : 'Nothing changed: the database already held this roster.',
    );
  }
  return lines;
}

/**
 * What an IT person must still do once a kiosk holds its first real roster: until then it ran
 * on the published demo pepper and the demo phone, which a real roster makes it refuse.
 */
export function formatGoLiveSteps(): string[] {
  return [
    'Before parents can activate (first real roster on this kiosk; skip what is already done):',
    '  1. The password pepper: the kiosk creates it in the OS keychain at its first start. ' +
      'Keep a copy (`npm run --silent config -- pepper show`) and give every kiosk of the school the ' +
      'same one (`npm run config -- pepper set`): changing it invalidates every password (docs/operators/secrets.md).',
    '  2. Configure a real SMS gateway: KIOSK_SMS_PROVIDER and its settings, and its secret with ' +
      '`npm run config -- sms set NAME` (docs/operators/sms-gateways.md). ' +
      'The demo phone is refused with a real roster.',
    '  3. Restart the kiosk; its console then says whether parents can receive codes.',
  ];
}

/** "Warnings (2):" or "Problems (5):" followed by one indented line per problem. */
export function formatProblems(title: string, problems: readonly RosterProblem[]): string[] {
  if (problems.length === 0) return [];
  // Blocking problems first, then in file order, so the report reads like the files.
  const ordered = [...problems].sort(
    (a, b) =>
      Number(b.severity === 'fatal') - Number(a.severity === 'fatal') ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0),
  );
  const listed = ordered
    .slice(0, MAX_LISTED_PROBLEMS)
    .map((p) => `  ${formatRosterProblemWithSubject(p)}`);
  const rest = problems.length - listed.length;
  return [
    `${title} (${problems.length}):`,
    ...listed,
    ...(rest > 0 ? [`  … and ${rest} more`] : []),
  ];
}
