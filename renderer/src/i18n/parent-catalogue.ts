// What a parent sees on the kiosk, as a subset of the French catalogue's schema: every
// translated catalogue is typed by it, so a key added to one of these sections of fr.ts is a
// type error in each translation until it is translated. The console and the desk ('console',
// 'desk') stay French and are not translated.
import type { ErrorCode } from '../../../shared/error-codes';
import type { MessageSchema } from './fr';

export const PARENT_SECTIONS = [
  'app',
  'demo',
  'common',
  'abandon',
  'activation',
  'steps',
  'field',
  'login',
  'info',
  'choice',
  'identity',
  'confirmSend',
  'code',
  'children',
  'identifier',
  'ticket',
  'passwordStep',
  'done',
  'alreadyActivated',
  'ended',
  'account',
  'changePassword',
  'recovery',
  'idle',
  'keyboard',
  'language',
  'errors',
  'smsFailure',
  'errorDetails',
  'units',
] as const satisfies readonly (keyof MessageSchema)[];

export type ParentSection = (typeof PARENT_SECTIONS)[number];

/** Error codes only the secretariat meets (console, desk): their messages stay French. */
export const CONSOLE_ONLY_ERROR_CODES = [
  'GUARDIAN_NOT_FOUND',
  'PHONE_INVALID',
  'MOBILE_ALREADY_REGISTERED',
  'GUARDIAN_ALREADY_ACTIVATED',
  'GUARDIAN_NOT_LEGAL',
  'SETTINGS_INVALID',
  'SETTINGS_UNAVAILABLE',
  'KEYCHAIN_UNAVAILABLE',
  'SECRET_INVALID',
  'LETTER_PDF_UNAVAILABLE',
  'STAFF_NOT_LOGGED_IN',
  'STAFF_ALREADY_SET_UP',
  'SETUP_CODE_INVALID',
  'STAFF_USERNAME_INVALID',
  'STAFF_NAME_INVALID',
  'GUARDIAN_NOT_LOCKED',
  'REPORT_NOT_FOUND',
  'REPORT_ALREADY_HANDLED',
  'COMMENT_REQUIRED',
  'AUDIT_FILTER_INVALID',
  'STAFF_PASSWORD_CHANGE_REQUIRED',
  'STAFF_NOT_FOUND',
  'STAFF_USERNAME_TAKEN',
  'STAFF_LAST_ENABLED',
  'STAFF_SELF_DISABLE',
  'STAFF_SELF_RESET',
  'IMPORT_FILE_TOO_LARGE',
  'IMPORT_FILE_INVALID',
  'IMPORT_FILES_GONE',
  'IMPORT_PREVIEW_STALE',
  'SYNC_CHANGE_INVALID',
  'CONFLICT_NOT_FOUND',
  'HUB_URL_INVALID',
  'HUB_URL_NOT_HTTPS',
  'HUB_UNREACHABLE',
  'HUB_TLS_FAILED',
  'HUB_PROTOCOL_MISMATCH',
  'HUB_ERROR',
  'ENROLMENT_CODE_FORMAT',
  'ENROLMENT_CODE_INVALID',
  'KIOSK_LABEL_INVALID',
  'HUB_SCHOOL_HAS_KIOSKS_WITH_ACCOUNTS',
  'SYNC_ALREADY_ENROLLED',
  'HUB_CREDENTIAL_OF_ANOTHER_KIOSK',
  'SYNC_UNAVAILABLE',
] as const satisfies readonly ErrorCode[];

export type ParentErrorCode = Exclude<ErrorCode, (typeof CONSOLE_ONLY_ERROR_CODES)[number]>;

/** A translated catalogue: the parent sections of fr.ts, the parent's error codes only. */
export type ParentMessages = Omit<Pick<MessageSchema, ParentSection>, 'errors'> & {
  errors: Record<ParentErrorCode, string>;
};
