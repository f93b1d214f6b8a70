// Turns a KioskError into the French sentence shown next to the field. Pure: takes `t`.
import type { KioskError } from '../../../shared/result';
import { PASSWORD_BLOCKLIST_REASONS } from '../../../shared/error-codes';

export type Translate = (key: string, ...args: unknown[]) => string;

const IDENTITY_FIELDS = ['lastName', 'firstName', 'mobile'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/** The identity field a IDENTITY_INVALID error names, if any. */
export function identityFieldOf(error: KioskError | null): IdentityField | null {
  if (error?.code !== 'IDENTITY_INVALID') return null;
  const reason = error.details?.reason;
  return (IDENTITY_FIELDS as readonly string[]).includes(reason ?? '')
    ? (reason as IdentityField)
    : null;
}

export function errorMessage(
  t: Translate,
  error: KioskError,
  context: { codeValidityMinutes?: number } = {},
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
          ? t(`passwordStep.blocklist.${reason}`)
          : t('errors.PASSWORD_BLOCKLISTED'),
      );
      break;
    }
    case 'CODE_EXPIRED':
      parts.push(t('errors.CODE_EXPIRED', { minutes: context.codeValidityMinutes ?? 30 }));
      break;
    default:
      parts.push(t(`errors.${error.code}`));
  }
  if (typeof details.remainingAttempts === 'number' && details.remainingAttempts >= 0) {
    parts.push(t('errorDetails.remainingAttempts', details.remainingAttempts));
  }
  if (typeof details.retryAfterSeconds === 'number' && details.retryAfterSeconds > 0) {
    parts.push(t('errorDetails.retryAfter', Math.ceil(details.retryAfterSeconds)));
  }
  return parts.join(' ');
}
