// Turns a KioskError into the French sentence shown next to the field. Pure: takes `t`.
import type { KioskError } from '../../../shared/result';
import { PASSWORD_BLOCKLIST_REASONS } from '../../../shared/error-codes';
import { SMS_FAILURE_REASONS } from '../../../shared/sms-failure-reasons';
import { identityFieldOf } from './error-placement';
import { describeWait } from './retry-after';

export type Translate = (key: string, ...args: unknown[]) => string;

/** An error as the stores keep it: with the moment it arrived (for "à partir de 14 h 05"). */
export type ReceivedError = KioskError & { receivedAt?: number };

/** Stamps an error with the moment it arrived. */
export const received = (error: KioskError, now = Date.now()): ReceivedError => ({
  ...error,
  receivedAt: now,
});

/** "Patientez 45 secondes avant de réessayer." / "Réessayez à partir de 14 h 05." */
export function waitSentence(t: Translate, retryAfterSeconds: number, receivedAt: number): string {
  const wait = describeWait(retryAfterSeconds, receivedAt);
  switch (wait.kind) {
    case 'seconds':
      return t('errorDetails.waitFor', { duration: t('units.seconds', wait.seconds) });
    case 'minutes': {
      const minutes = t('units.minutes', wait.minutes);
      const duration =
        wait.seconds === 0
          ? minutes
          : t('units.and', { first: minutes, second: t('units.seconds', wait.seconds) });
      return t('errorDetails.waitFor', { duration });
    }
    case 'clock':
      if (wait.day === 'today') return t('errorDetails.retryAtTime', { time: wait.time });
      if (wait.day === 'tomorrow') return t('errorDetails.retryTomorrow', { time: wait.time });
      return t('errorDetails.retryAtDate', { date: wait.date, time: wait.time });
  }
}

// A staff account's password may not hold its own names: said of the account, not of "your
// children" as to a parent (the console also sets other people's temporary passwords).
const STAFF_BLOCKLIST_REASONS = ['identifier', 'personal'];

/**
 * The French sentence for an error. `forStaff`: the console's staff accounts, whose password
 * refusals speak of the account rather than of a parent and their children.
 */
export function errorMessage(
  t: Translate,
  error: ReceivedError,
  { forStaff = false }: { forStaff?: boolean } = {},
): string {
  const parts: string[] = [];
  const details = error.details ?? {};
  switch (error.code) {
    case 'IDENTITY_INVALID': {
      const field = identityFieldOf(error);
      parts.push(field ? t(`identity.invalid.${field}`) : t('errors.IDENTITY_INVALID'));
      break;
    }
    case 'PASSWORD_BLOCKLISTED': {
      const reason = details.reason;
      parts.push(
        reason && (PASSWORD_BLOCKLIST_REASONS as readonly string[]).includes(reason)
          ? t(
              forStaff && STAFF_BLOCKLIST_REASONS.includes(reason)
                ? `console.staff.passwordRefused.${reason}`
                : `passwordStep.blocklist.${reason}`,
            )
          : t('errors.PASSWORD_BLOCKLISTED'),
      );
      break;
    }
    case 'SMS_FAILED': {
      const reason = SMS_FAILURE_REASONS.find((known) => known === details.reason);
      parts.push(reason ? t(`smsFailure.${reason}`) : t('errors.SMS_FAILED'));
      break;
    }
    case 'ACCOUNT_RETIRED':
      parts.push(t('errors.ACCOUNT_RETIRED', { identifier: details.useIdentifier ?? '' }));
      break;
    default:
      parts.push(t(`errors.${error.code}`));
  }
  if (typeof details.remainingAttempts === 'number' && details.remainingAttempts >= 0) {
    parts.push(t('errorDetails.remainingAttempts', details.remainingAttempts));
  }
  if (typeof details.retryAfterSeconds === 'number' && details.retryAfterSeconds > 0) {
    parts.push(waitSentence(t, details.retryAfterSeconds, error.receivedAt ?? Date.now()));
  }
  return parts.join(' ');
}
