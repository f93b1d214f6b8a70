import { createLoginThrottle } from '../accounts/login-throttle';
import type { PasswordHasher, ScryptParameters } from '../accounts/password-hasher';
import type { KioskSettings } from '../config/kiosk-config';
import type { KioskDatabase } from '../database/open-database';
import { createDeskHandlers } from '../desk/desk-handlers';
import { createDeskSettings } from '../desk/desk-settings';
import { createDeskSmsSettingsHandlers } from '../desk/desk-sms-settings';
import { createIdentifierIssuer } from '../desk/issue-identifier';
import { createMobileCorrections } from '../desk/mobile-corrections';
import type { SaveLetterPdf } from '../desk/save-letter-pdf';
import type { CallContext, IpcHandlers } from '../ipc/ipc-handlers';
import type { Journal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import type { SecretSettings } from '../secrets/secret-settings';
import { createKioskSessions } from '../sessions/kiosk-sessions';
import { createSmsDiagnostics } from '../sms/sms-diagnostics';
import type { SmsGateway } from '../sms/sms-gateway';
import { createConsoleHandlers } from '../staff/console-handlers';
import { createImportSection } from '../staff/import-handlers';
import { createImportUploads, type ImportUploads } from '../staff/import-uploads';
import { createRequireStaff } from '../staff/require-staff';
import { createStaffAccountAdmin } from '../staff/staff-account-admin';
import { createStaffAccountHandlers } from '../staff/staff-account-handlers';
import { createStaffAccountRecords } from '../staff/staff-account-records';
import { createStaffAuth } from '../staff/staff-auth';
import { createStaffOwnPassword } from '../staff/staff-own-password';
import { createStaffPasswordHashing } from '../staff/staff-password-hashing';
import { createSyncHandlers } from '../staff/sync-handlers';
import type { SyncService } from '../sync/sync-service';
import type { AccountIssuing } from './account-issuing';

/**
 * The secretariat's side of the kiosk: the console (staff accounts, roster import, settings)
 * and the desk. S-SEC-1: staff logins live apart from parents' and end the same ways
 * (S-KIOSK-1/4); the area ends its own logins and staged imports when a kiosk session ends.
 */
export function createStaffArea(options: {
  db: KioskDatabase;
  settings: KioskSettings;
  clock: Clock;
  journal: Journal;
  smsGateway: SmsGateway;
  passwordPepper: Buffer;
  passwordHashing: ScryptParameters;
  passwordHasher: PasswordHasher;
  issuing: AccountIssuing;
  saveLetterPdf?: SaveLetterPdf;
  settingsFile?: { dataDir: string; env: NodeJS.ProcessEnv };
  secretSettings?: SecretSettings;
  importUploads?: ImportUploads;
  /** This kiosk's sync with a hub (Réglages → Hub); absent: those channels say there is none. */
  sync?: SyncService;
}) {
  const { db, settings, clock, journal } = options;
  const sessions = createKioskSessions({
    clock,
    idleExpirySeconds: settings.idleSeconds + settings.idleWarningSeconds + 30,
  });
  // Each staff password records its pepper: one made on the demo pepper still logs in once the
  // school's is set, and moves to it (staff-password-hashing.ts).
  const hashing = createStaffPasswordHashing(
    options.passwordPepper,
    options.passwordHashing,
    options.passwordHasher,
  );
  const records = createStaffAccountRecords(db);
  const staffDeps = {
    db,
    clock,
    journal,
    sessions,
    throttle: createLoginThrottle(db, settings),
    hashing,
    records,
    serviceName: settings.serviceName,
  };
  const staffAuth = createStaffAuth(staffDeps);
  const requireStaff = createRequireStaff(records, sessions);
  const staffAccountHandlers = createStaffAccountHandlers({
    requireStaff,
    admin: createStaffAccountAdmin(staffDeps),
    changeOwnPassword: createStaffOwnPassword({ ...staffDeps, requireStaff }),
  });

  const deskHandlers = createDeskHandlers({
    requireStaff,
    mobileCorrections: createMobileCorrections(db, journal, clock),
    issueIdentifier: createIdentifierIssuer({
      db,
      journal,
      clock,
      hasher: options.passwordHasher,
      allocateIdentifier: options.issuing.allocateIdentifier,
      createAccount: options.issuing.createAccount,
      serviceName: settings.serviceName,
    }),
    saveLetterPdf: options.saveLetterPdf ?? null,
    settings: options.settingsFile
      ? createDeskSettings({ ...options.settingsFile, running: settings, journal, clock })
      : null,
  });

  const smsSettingsHandlers = createDeskSmsSettingsHandlers({
    requireStaff,
    secretSettings: options.secretSettings ?? null,
    diagnostics: createSmsDiagnostics({ db, gateway: options.smsGateway, clock, settings }),
    journal,
    clock,
  });
  const importUploads = options.importUploads ?? createImportUploads();
  const importSection = createImportSection({
    db,
    clock,
    journal,
    settings,
    requireStaff,
    uploads: importUploads,
  });
  const consoleHandlers = createConsoleHandlers({ db, clock, journal, staffAuth, requireStaff });

  const handlers = {
    ...deskHandlers,
    ...smsSettingsHandlers,
    ...consoleHandlers,
    // Staged export files do not outlive the staff login that sent them.
    'console.logout': (call, request) => {
      importSection.endSession(call.sessionId);
      return consoleHandlers['console.logout'](call, request);
    },
    ...importSection.handlers,
    ...staffAccountHandlers,
    ...createSyncHandlers({ db, clock, journal, requireStaff, sync: options.sync ?? null }),
  } satisfies Partial<IpcHandlers>;

  return {
    handlers,
    /** S-KIOSK-4: a call of the session keeps its staff login alive, or ends an idle one. */
    noteActivity: (call: CallContext) => staffAuth.touch(call),
    /** True while the session holds a staff login (a host never evicts it). */
    holdsLogin: (sessionId: string): boolean => sessions.accountOf(sessionId) !== undefined,
    /** The kiosk session ended: its staff login and staged export files end with it. */
    endSession(sessionId: string): void {
      staffAuth.logout({ sessionId }, 'session-reset');
      importSection.endSession(sessionId);
    },
    close(): void {
      sessions.clear();
      importUploads.close();
    },
  };
}
