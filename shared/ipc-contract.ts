// The one declaration of every channel between the renderer and the main process
// (architecture.md, "The IPC contract"). The preload API, the main-side handler table, the
// browser host and the renderer's client all derive their types from this object: adding a
// channel is one entry here.
import { z } from 'zod';
import { REAL_SMS_PROVIDERS, SMS_PROVIDERS } from './sms-providers';
import { SMS_SECRET_NAMES, type SmsSettingsView, type TestSmsView } from './sms-settings-view';
import type { AccountView } from './account-view';
import type { ActivationView } from './activation-view';
import type { DeskSettingsView, IssuedIdentifier, MobileCorrectionView } from './desk-view';
import type {
  ActivationDashboard,
  AuditCsvExport,
  AuditLogPage,
  ConsoleStatus,
  GuardianDetail,
  GuardianSummary,
  StaffAccountView,
  StaffIdentity,
  WrongLinkReportView,
} from './console-views';
import type { DemoSms, KioskStatus } from './kiosk-status';
import type { TicketPrintingView } from './identifier-ticket';
import {
  base64Length,
  IMPORT_FILE_MAX_BYTES,
  IMPORT_MAX_FILES,
  type ImportAppliedView,
  type ImportPreviewView,
  type ImportUploadView,
} from './import-view';
import { RECOVERY_KINDS, type RecoveryView } from './recovery-view';
import type { Result } from './result';
import { CHANNELS, ipcChannelName, isChannel, type ChannelName } from './ipc-channels';
import { NAME_MAX_LENGTH, PHONE_MAX_LENGTH } from './limits';
import { PARENT_LANGUAGES, type ParentLanguage } from './parent-languages';
import type { SyncStatusView } from './sync/sync-status-view';

/** A phantom value carrying only a type: the response of a channel. */
const responseOf = <T>(): T => undefined as unknown as T;

const flowId = z.string().uuid();
const flowRequest = z.object({ flowId }).strict();
const empty = z.object({}).strict();
// Generous bounds only stop oversized payloads; the real rules live in the main process.
const text = (max: number) => z.string().max(max);

/** A new password twice; the current one unless the account holds a temporary password. */
const passwordChangeRequest = z
  .object({
    currentPassword: text(1024).optional(),
    password: text(1024),
    confirmation: text(1024),
  })
  .strict();

/** A staff account to create: the first one, or one added in "Comptes du secrétariat". */
const newStaffRequest = z
  .object({
    username: text(100),
    displayName: text(200),
    password: text(1024),
    confirmation: text(1024),
  })
  .strict();

/** The temporary-password letter's blocks (shared/temporary-password-letter-document.ts). */
const letterSchema = z
  .object({
    title: text(200),
    blocks: z
      .array(
        z.discriminatedUnion('kind', [
          z
            .object({
              kind: z.enum([
                'school',
                'date',
                'paragraph',
                'address',
                'footer',
                'title',
                'heading',
              ]),
              text: text(2000),
            })
            .strict(),
          z
            .object({
              kind: z.literal('credential'),
              label: text(200),
              value: text(200),
              testId: z.enum(['identifier', 'password']),
            })
            .strict(),
        ]),
      )
      .max(40),
  })
  .strict();
/** The console's audit log filter: instants (the renderer turns local days into them). */
const auditFilter = z
  .object({
    from: z.string().datetime().optional(),
    to: z.string().datetime().optional(),
    action: text(100).optional(),
    actor: text(100).optional(),
    guardianId: z.number().int().positive().optional(),
  })
  .strict();

export const ipcContract = {
  'kiosk.status': { request: empty, response: responseOf<KioskStatus>() },

  'activation.start': { request: empty, response: responseOf<ActivationView>() },
  'activation.submitIdentity': {
    request: z
      .object({
        flowId,
        lastName: text(NAME_MAX_LENGTH),
        firstName: text(NAME_MAX_LENGTH),
        mobile: text(PHONE_MAX_LENGTH),
      })
      .strict(),
    response: responseOf<ActivationView>(),
  },
  'activation.back': { request: flowRequest, response: responseOf<ActivationView>() },
  'activation.confirmSend': { request: flowRequest, response: responseOf<ActivationView>() },
  'activation.resendCode': { request: flowRequest, response: responseOf<ActivationView>() },
  'activation.submitCode': {
    request: z.object({ flowId, code: text(20) }).strict(),
    response: responseOf<ActivationView>(),
  },
  'activation.answerChild': {
    request: z
      .object({
        flowId,
        childKey: text(64),
        isLegalGuardian: z.boolean(),
        /** "jj/mm/aaaa" as typed; required when isLegalGuardian is true. */
        birthDate: text(20).optional(),
      })
      .strict(),
    response: responseOf<ActivationView>(),
  },
  'activation.continueToIdentifier': {
    request: flowRequest,
    response: responseOf<ActivationView>(),
  },
  'activation.acknowledgeIdentifier': {
    request: flowRequest,
    response: responseOf<ActivationView>(),
  },
  'activation.setPassword': {
    request: z.object({ flowId, password: text(1024), confirmation: text(1024) }).strict(),
    response: responseOf<ActivationView>(),
  },
  'activation.abandon': { request: flowRequest, response: responseOf<{ abandoned: true }>() },

  'login.submit': {
    request: z.object({ identifier: text(200), password: text(1024) }).strict(),
    response: responseOf<AccountView>(),
  },
  'account.view': { request: empty, response: responseOf<AccountView>() },
  'account.logout': { request: empty, response: responseOf<{ loggedOut: true }>() },
  /**
   * "Changer mon mot de passe" (current password required) and the forced change of an account
   * issued with a temporary password (the current one was just typed at login: not asked again).
   */
  'account.changePassword': {
    request: passwordChangeRequest,
    response: responseOf<AccountView>(),
  },

  // "Identifiant perdu" / "Mot de passe perdu" (issue 5): same shape as activation.
  'recovery.start': {
    request: z.object({ kind: z.enum(RECOVERY_KINDS) }).strict(),
    response: responseOf<RecoveryView>(),
  },
  /** Nom + prénom + mobile, or (Mot de passe perdu only) the identifier alone. */
  'recovery.submitIdentity': {
    request: z
      .object({
        flowId,
        identifier: text(200).optional(),
        lastName: text(NAME_MAX_LENGTH).optional(),
        firstName: text(NAME_MAX_LENGTH).optional(),
        mobile: text(PHONE_MAX_LENGTH).optional(),
      })
      .strict(),
    response: responseOf<RecoveryView>(),
  },
  'recovery.back': { request: flowRequest, response: responseOf<RecoveryView>() },
  'recovery.confirmSend': { request: flowRequest, response: responseOf<RecoveryView>() },
  'recovery.resendCode': { request: flowRequest, response: responseOf<RecoveryView>() },
  'recovery.submitCode': {
    request: z.object({ flowId, code: text(20) }).strict(),
    response: responseOf<RecoveryView>(),
  },
  'recovery.submitBirthDate': {
    request: z.object({ flowId, birthDate: text(20) }).strict(),
    response: responseOf<RecoveryView>(),
  },
  'recovery.setPassword': {
    request: z.object({ flowId, password: text(1024), confirmation: text(1024) }).strict(),
    response: responseOf<RecoveryView>(),
  },
  'recovery.abandon': { request: flowRequest, response: responseOf<{ abandoned: true }>() },

  /** Idle reset and "Abandonner": ends every flow and login of this kiosk session. */
  'session.reset': { request: empty, response: responseOf<{ reset: true }>() },
  /**
   * The language the parent chose (issue 14): this kiosk session's SMS are written in it until
   * session.reset. Read for the SMS texts only, never for any decision.
   */
  'visit.language': {
    request: z.object({ language: z.enum(PARENT_LANGUAGES) }).strict(),
    response: responseOf<{ language: ParentLanguage }>(),
  },

  /** The on-screen demo phone (demo mode only). */
  // "Imprimer mon identifiant": how this kiosk prints, and the silent print itself (Electron).
  'ticket.printing': { request: empty, response: responseOf<TicketPrintingView>() },
  'ticket.print': { request: empty, response: responseOf<{ printed: true }>() },
  'demo.inbox': {
    request: z.object({ afterId: z.number().int().min(0).optional() }).strict(),
    response: responseOf<DemoSms[]>(),
  },

  // The console's front desk (staff login required, S-SEC-1).
  /** Records the mobile a guardian gave at the desk (a local correction of the roster). */
  'console.recordMobile': {
    request: z
      .object({ guardianId: z.number().int().positive(), mobile: text(PHONE_MAX_LENGTH) })
      .strict(),
    response: responseOf<MobileCorrectionView>(),
  },
  'console.mobileCorrections': { request: empty, response: responseOf<MobileCorrectionView[]>() },
  /** Creates the guardian's account with a temporary password, returned once for the letter. */
  'console.issueIdentifier': {
    request: z.object({ guardianId: z.number().int().positive() }).strict(),
    response: responseOf<IssuedIdentifier>(),
  },
  /**
   * Electron only (the browser host answers LETTER_PDF_UNAVAILABLE): the letter printed to a
   * PDF, saved where the secretary chooses in a save dialog. saved false: the dialog was closed.
   */
  'console.saveLetterPdf': {
    request: z.object({ letter: letterSchema }).strict(),
    response: responseOf<{ saved: boolean; fileName: string | null }>(),
  },
  'console.settings': { request: empty, response: responseOf<DeskSettingsView>() },
  'console.saveSettings': {
    request: z
      .object({
        kioskName: text(200),
        codeTtlSeconds: z.number().int(),
        idleSeconds: z.number().int(),
        loginUrl: text(2000).nullable(),
        smsProvider: z.enum(SMS_PROVIDERS),
        smsUrl: text(2000).nullable(),
        smsSender: text(100).nullable(),
        smsFallbackProvider: z.enum(REAL_SMS_PROVIDERS).nullable(),
        twilioAccountSid: text(100).nullable(),
        twilioMessagingServiceSid: text(100).nullable(),
        twilioBaseUrl: text(2000).nullable(),
        ovhServiceName: text(100).nullable(),
        ovhApplicationKey: text(100).nullable(),
        ovhBaseUrl: text(2000).nullable(),
        smsmodeBaseUrl: text(2000).nullable(),
        brevoBaseUrl: text(2000).nullable(),
      })
      .strict(),
    response: responseOf<DeskSettingsView>(),
  },
  /** The SMS gateway's secrets (set or not, never a value), and the last failed send. */
  'console.smsSettings': { request: empty, response: responseOf<SmsSettingsView>() },
  /** Write-only (S-DATA-1): stores a gateway secret in the OS keychain; nothing is returned. */
  'console.setSmsSecret': {
    request: z.object({ name: z.enum(SMS_SECRET_NAMES), value: text(4096) }).strict(),
    response: responseOf<SmsSettingsView>(),
  },
  'console.deleteSmsSecret': {
    request: z.object({ name: z.enum(SMS_SECRET_NAMES) }).strict(),
    response: responseOf<SmsSettingsView>(),
  },
  /** Sends a test SMS through the running gateway, within the S-RATE-2 limits. */
  'console.sendTestSms': {
    request: z.object({ mobile: text(PHONE_MAX_LENGTH) }).strict(),
    response: responseOf<TestSmsView>(),
  },
  // The secretariat's console (S-SEC-1): every channel but the first four needs a staff login.
  'console.status': { request: empty, response: responseOf<ConsoleStatus>() },
  'console.createFirstStaff': {
    // The one-time code the school printed (start-up log, roster CLI, npm run config).
    request: newStaffRequest.extend({ setupCode: text(64) }),
    response: responseOf<StaffIdentity>(),
  },
  'console.login': {
    request: z.object({ username: text(100), password: text(1024) }).strict(),
    response: responseOf<StaffIdentity>(),
  },
  'console.logout': { request: empty, response: responseOf<{ loggedOut: true }>() },
  'console.searchGuardians': {
    request: z.object({ query: text(200) }).strict(),
    response: responseOf<GuardianSummary[]>(),
  },
  'console.guardianDetail': {
    request: z.object({ guardianId: z.number().int().positive() }).strict(),
    response: responseOf<GuardianDetail>(),
  },
  'console.unlockGuardian': {
    request: z.object({ guardianId: z.number().int().positive() }).strict(),
    response: responseOf<GuardianDetail>(),
  },
  'console.wrongLinkReports': {
    request: z.object({ includeHandled: z.boolean() }).strict(),
    response: responseOf<WrongLinkReportView[]>(),
  },
  'console.handleWrongLinkReport': {
    request: z.object({ reportId: z.string().uuid(), comment: text(1000) }).strict(),
    response: responseOf<WrongLinkReportView>(),
  },
  'console.auditLog': { request: auditFilter, response: responseOf<AuditLogPage>() },
  'console.auditExport': { request: auditFilter, response: responseOf<AuditCsvExport>() },
  'console.dashboard': { request: empty, response: responseOf<ActivationDashboard>() },

  // "Comptes du secrétariat": each answer is the refreshed list (S-SEC-1).
  'console.staffAccounts': { request: empty, response: responseOf<StaffAccountView[]>() },
  /** A staff account with a temporary password, to be changed at its first login. */
  'console.createStaff': {
    request: newStaffRequest,
    response: responseOf<StaffAccountView[]>(),
  },
  /** Never one's own account, never the last enabled one; a disabled one's logins end at once. */
  'console.setStaffDisabled': {
    request: z.object({ staffId: z.string().uuid(), disabled: z.boolean() }).strict(),
    response: responseOf<StaffAccountView[]>(),
  },
  /** Another account's password replaced by a temporary one, to be changed at its next login. */
  'console.resetStaffPassword': {
    request: z
      .object({ staffId: z.string().uuid(), password: text(1024), confirmation: text(1024) })
      .strict(),
    response: responseOf<StaffAccountView[]>(),
  },
  /** One's own password: the current one is asked unless the account holds a temporary one. */
  'console.changeOwnPassword': {
    request: passwordChangeRequest,
    response: responseOf<StaffIdentity>(),
  },

  // The console's Import section: files staged in main, previewed, then applied or cancelled.
  /** One export file as base64; a few bytes over the cap pass so main can say "too large". */
  'console.importUpload': {
    request: z
      .object({
        name: text(255),
        contentBase64: z.string().max(base64Length(IMPORT_FILE_MAX_BYTES + 1)),
      })
      .strict(),
    response: responseOf<ImportUploadView>(),
  },
  /** Previews the staged files; ONDE CSVs carry no school id: the secretary types it. */
  'console.importPreview': {
    request: z
      .object({
        fileIds: z.array(z.string().uuid()).min(1).max(IMPORT_MAX_FILES),
        ondeSchool: z
          .object({ uai: text(20), name: text(200) })
          .strict()
          .optional(),
      })
      .strict(),
    response: responseOf<ImportPreviewView>(),
  },
  'console.importApply': {
    request: z.object({ token: z.string().uuid() }).strict(),
    response: responseOf<ImportAppliedView>(),
  },
  /** "Annuler": forgets the preview and deletes the staged files. */
  'console.importCancel': { request: empty, response: responseOf<{ cancelled: true }>() },

  // Réglages → Hub: this kiosk's sync with its school's hub (docs/developers/sync.md). Every
  // answer is the sync's state as the console shows it.
  /** Read on a timer while the section is open: a background channel (no staff activity). */
  'console.syncStatus': { request: empty, response: responseOf<SyncStatusView>() },
  /** "Synchroniser maintenant": push then pull at once; answers when that try has ended. */
  'console.syncNow': { request: empty, response: responseOf<SyncStatusView>() },
  /** Exchanges the hub administrator's one-time code for this kiosk's credential. */
  'console.syncEnrol': {
    request: z.object({ hubUrl: text(2000), code: text(200), kioskLabel: text(200) }).strict(),
    response: responseOf<SyncStatusView>(),
  },
  /** "Vu": a conflict the hub decided was looked at by a secretary (it stays in the audit log). */
  'console.syncAcknowledgeConflict': {
    request: z.object({ conflictId: z.string().uuid() }).strict(),
    response: responseOf<SyncStatusView>(),
  },
} as const;

export type IpcContract = typeof ipcContract;
export type Channel = keyof IpcContract;
export type RequestOf<C extends Channel> = z.infer<IpcContract[C]['request']>;
export type ResponseOf<C extends Channel> = IpcContract[C]['response'];

// Both directions: every contract channel is in the name list and every name has a contract.
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const channelListMatchesContract: SameSet<Channel, ChannelName> = true;
void channelListMatchesContract;

export { CHANNELS, ipcChannelName, isChannel };

/** What the preload exposes as `window.kiosk`, and what the browser host's bridge provides. */
export interface KioskBridge {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
}
