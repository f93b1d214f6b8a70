// The closed set of error codes the main process may return. The renderer maps each one to a
// French message in its i18n catalogue (renderer/src/i18n/fr.ts, key `errors.<code>`).
export const ERROR_CODES = [
  'INVALID_REQUEST', // payload failed the contract's schema
  'FORBIDDEN_SENDER', // IPC from a frame that is not the kiosk's own
  'INTERNAL', // unexpected failure, logged in English
  'FLOW_NOT_FOUND', // unknown flow, or a flow of another kiosk session
  'FLOW_WRONG_STEP', // the flow is not at the step this call belongs to
  'FLOW_EXPIRED', // the flow (or its code) timed out: start again from the identity form
  'FLOW_ENDED', // the flow was ended (too many wrong answers, abandoned)
  'IDENTITY_INVALID', // a field is empty or the phone is not a phone number (says which field)
  'IDENTITY_MISMATCH', // S-ENUM-1: the seed's single message, whatever was wrong
  'IDENTITY_COOLDOWN', // S-RATE-3: too many failed identity checks on this kiosk
  'SMS_RATE_LIMITED', // S-RATE-2: per-phone or per-kiosk ceiling reached
  'SMS_RESEND_COOLDOWN', // S-RATE-2: resend asked before the cooldown ended
  'SMS_FAILED', // the gateway could not send; the flow stays where it was
  'SMS_NOT_CONFIGURED', // no usable gateway (the demo phone is refused outside demo mode)
  'CODE_FORMAT', // the code is not 6 digits
  'CODE_INVALID', // wrong code; details.remainingAttempts
  'CODE_EXPIRED', // S-OTP-2: start again
  'CODE_TOO_MANY_ATTEMPTS', // S-OTP-5: the flow is dead
  'GUARDIAN_LOCKED', // S-RATE-1: 100 consecutive failed secrets; the secretariat unlocks
  'CHILD_UNKNOWN', // childKey not in this flow
  'BIRTHDATE_FORMAT', // not a real jj/mm/aaaa date
  'BIRTHDATE_MISMATCH', // wrong birth date; details.remainingAttempts
  'BIRTHDATE_TOO_MANY_ATTEMPTS', // S-ENUM-3: 3 wrong answers for one child end the flow
  'CHILDREN_PENDING', // a child is still unanswered
  'NO_CONFIRMED_CHILD', // at least one confirmed child is needed
  'PASSWORD_TOO_SHORT', // S-PWD-1
  'PASSWORD_TOO_LONG', // S-PWD-1
  'PASSWORD_MISMATCH', // the two entries differ
  'PASSWORD_BLOCKLISTED', // S-PWD-2; details.reason says which rule
  'LOGIN_FAILED', // generic: unknown identifier or wrong password
  'LOGIN_THROTTLED', // S-RATE-1; details.retryAfterSeconds
  'NOT_LOGGED_IN',
  'NOT_DEMO_MODE', // demo phone asked for outside demo mode
  'PRINT_FAILED', // the identifier ticket could not be printed (no printer set, printer error)
  // The console's front desk (issue 3)
  'GUARDIAN_NOT_FOUND', // no such guardian in the roster (or gone from it)
  'PHONE_INVALID', // the typed number is not a mobile number
  'MOBILE_ALREADY_REGISTERED', // the roster already has this mobile for the guardian
  'GUARDIAN_ALREADY_ACTIVATED', // the guardian already has an account
  'GUARDIAN_NOT_LEGAL', // legal guardian (level 1) of no enrolled child: nothing to activate
  'SETTINGS_INVALID', // a setting out of its bounds; details.reason names it
  'SETTINGS_UNAVAILABLE', // this host has no settings file (tests, embedded cores)
  'KEYCHAIN_UNAVAILABLE', // S-DATA-1: no OS keychain; a secret is never stored anywhere else
  'SECRET_INVALID', // a typed secret is empty, has spaces around it or a line break; details.reason
  'LETTER_PDF_UNAVAILABLE', // only Electron prints the letter to a PDF; elsewhere, HTML print
  'ACCOUNT_DISABLED', // right password, but the guardian left the roster: see the secretariat
  'ACCOUNT_RETIRED', // right password, but the hub kept another account: details.useIdentifier
  'CURRENT_PASSWORD_WRONG', // "Changer mon mot de passe": the current password is wrong
  'PASSWORD_UNCHANGED', // the new password is the one the account already has
  // The secretariat's console (S-SEC-1).
  'STAFF_NOT_LOGGED_IN', // a console call without a staff login on this session
  'STAFF_ALREADY_SET_UP', // the first staff account exists already
  'SETUP_CODE_INVALID', // creating the first staff account: wrong, replaced or used setup code
  'STAFF_USERNAME_INVALID', // 3 to 40 of a-z, 0-9, ".", "-", "_"
  'STAFF_NAME_INVALID', // the displayed name is empty or too long
  'GUARDIAN_NOT_LOCKED', // unlock asked for a guardian who is not locked
  'REPORT_NOT_FOUND',
  'REPORT_ALREADY_HANDLED',
  'COMMENT_REQUIRED', // a wrong-link report is marked handled with a comment
  'AUDIT_FILTER_INVALID', // the date range ends before it starts
  // "Comptes du secrétariat".
  'STAFF_PASSWORD_CHANGE_REQUIRED', // a temporary password: choose one's own before anything else
  'STAFF_NOT_FOUND', // no such staff account
  'STAFF_USERNAME_TAKEN', // another staff account has this username
  'STAFF_LAST_ENABLED', // disabling it would leave no enabled staff account
  'STAFF_SELF_DISABLE', // nobody disables their own account
  'STAFF_SELF_RESET', // one's own password is changed with the current one, not reset
  // The console's Import section.
  'IMPORT_FILE_TOO_LARGE', // one export file is over IMPORT_FILE_MAX_BYTES
  'IMPORT_FILE_INVALID', // empty, not base64, or too many files staged
  'IMPORT_FILES_GONE', // the staged files were deleted (cancel, idle reset): pick them again
  'IMPORT_PREVIEW_STALE', // the preview is no longer the current one: check the files again
  // The sync with the hub.
  'SYNC_CHANGE_INVALID', // a pulled page holds a change this kiosk refuses: nothing applied
  'CONFLICT_NOT_FOUND', // acknowledging a sync conflict this kiosk does not have
  // The sync with a hub (Réglages → Hub; docs/developers/sync.md). Enrolment's refusals name
  // the field they are about: the hub's address, the enrolment code or this kiosk's name.
  'HUB_URL_INVALID', // not a web address (hub address field)
  'HUB_URL_NOT_HTTPS', // S-SYNC-3: http:// to anything but this machine (hub address field)
  'HUB_UNREACHABLE', // network, DNS, refused, timeout (hub address field)
  'HUB_TLS_FAILED', // the hub's certificate is not trusted or not for this name (hub address)
  'HUB_PROTOCOL_MISMATCH', // this kiosk is too old or too new for the hub: update it
  'HUB_ERROR', // the hub answered 5xx or something unreadable: try later
  'ENROLMENT_CODE_FORMAT', // the typed code cannot be one (length) (code field)
  'ENROLMENT_CODE_INVALID', // unknown, used or expired: the hub gives one answer (code field)
  'KIOSK_LABEL_INVALID', // empty or longer than 80 characters (kiosk name field)
  'HUB_SCHOOL_HAS_KIOSKS_WITH_ACCOUNTS', // start this kiosk empty and let it bootstrap
  'SYNC_ALREADY_ENROLLED', // this kiosk already has a hub
  'HUB_CREDENTIAL_OF_ANOTHER_KIOSK', // the OS account's keychain keeps another kiosk's credential
  'SYNC_UNAVAILABLE', // this host runs no sync service (embedded cores, tests)
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Reasons attached to PASSWORD_BLOCKLISTED (details.reason). */
export const PASSWORD_BLOCKLIST_REASONS = ['common', 'identifier', 'personal', 'service'] as const;
export type PasswordBlocklistReason = (typeof PASSWORD_BLOCKLIST_REASONS)[number];
