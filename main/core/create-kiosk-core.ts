import { randomInt as cryptoRandomInt } from 'node:crypto';
import type { Channel } from '../../shared/ipc-contract';
import type { DemoSms } from '../../shared/kiosk-status';
import { fail, ok } from '../../shared/result';
import { createAccountCreator } from '../accounts/account-creator';
import { createAccountPasswordChange } from '../accounts/account-password-change';
import { createAccountRecords } from '../accounts/account-records';
import { createPasswordReplacer } from '../accounts/password-replacer';
import { createAccountReader } from '../accounts/account-view-loader';
import { createGuardianSecretFailures } from '../accounts/guardian-secret-failures';
import { createIdentifierAllocator } from '../accounts/identifier-allocator';
import { createLoginService } from '../accounts/login-service';
import { createLoginThrottle } from '../accounts/login-throttle';
import {
  createPasswordHasher,
  DEFAULT_SCRYPT_PARAMETERS,
  type ScryptParameters,
} from '../accounts/password-hasher';
import type { KioskSettings } from '../config/kiosk-config';
import { inTransaction } from '../database/in-transaction';
import { createDeskHandlers } from '../desk/desk-handlers';
import { createDeskSettings } from '../desk/desk-settings';
import { createDeskSmsSettingsHandlers } from '../desk/desk-sms-settings';
import { createIdentifierIssuer } from '../desk/issue-identifier';
import { createMobileCorrections } from '../desk/mobile-corrections';
import type { SaveLetterPdf } from '../desk/save-letter-pdf';
import type { KioskDatabase } from '../database/open-database';
import type { ActivationContext } from '../flows/activation-context';
import { createActivationHandlers } from '../flows/activation-flow';
import { createActivationRoster } from '../flows/activation-roster';
import { createFlowRepository } from '../flows/flow-repository';
import { abandonSessionFlows } from '../flows/flow-step';
import { endFlowsLeftOpen, FLOW_SWEEP_INTERVAL_MS, sweepExpiredFlows } from '../flows/flow-sweeper';
import { purgeGoneRoster } from '../roster/purge-gone-roster';
import { createIdentityCooldown } from '../flows/identity-cooldown';
import { createIdentityMatcher } from '../flows/identity-matcher';
import type { RecoveryContext } from '../flows/recovery-context';
import { createRecoveryHandlers } from '../flows/recovery-flow';
import { createSmsLog } from '../flows/sms-log';
import { createSmsRateLimiter } from '../flows/sms-rate-limiter';
import type { CallContext, IpcHandlers } from '../ipc/ipc-handlers';
import { createJournal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import { createRosterSourceReader } from '../roster/roster-source';
import { createKioskSessions } from '../sessions/kiosk-sessions';
import { createSessionSerializer } from '../sessions/session-serializer';
import type { SecretSettings } from '../secrets/secret-settings';
import type { SmsGateway } from '../sms/sms-gateway';
import { createSmsDiagnostics } from '../sms/sms-diagnostics';
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
import { guardHandlers } from './guarded-handlers';
import { createKioskStatusReader } from './kiosk-status-reader';
import { createTicketHandlers, type SilentTicketPrint } from '../printing/ticket-handlers';

export interface KioskCoreOptions {
  db: KioskDatabase;
  settings: KioskSettings;
  clock: Clock;
  smsGateway: SmsGateway;
  /** The on-screen demo phone's inbox (demo mode only). */
  demoPhone?: { inbox(afterId?: number): DemoSms[] };
  /** S-OTP-4: key of the code HMAC, kept outside the database. */
  codeHmacKey: Buffer;
  /** S-PWD-3: pepper of password hashes, kept outside the database. */
  passwordPepper: Buffer;
  /** Defaults to crypto.randomInt (S-OTP-1). */
  randomInt?: (min: number, max: number) => number;
  /** Defaults to N = 2^17, r = 8, p = 1 (S-PWD-3); tests may pass a smaller N. */
  passwordHashing?: ScryptParameters;
  /** Defaults to setTimeout; the identity response floor (S-ENUM-1) waits through it. */
  sleep?: (ms: number) => Promise<void>;
  /** Electron only: saves the desk's letter as a PDF (printToPDF and a save dialog). */
  saveLetterPdf?: SaveLetterPdf;
  /** Electron only: prints the identifier ticket silently to the `ticketPrinter` setting. */
  silentTicketPrint?: SilentTicketPrint;
  /** Where the console's Settings section reads and writes kiosk-config.json. */
  settingsFile?: { dataDir: string; env: NodeJS.ProcessEnv };
  /**
   * The SMS gateway secrets in the OS keychain, for the console's Settings (write-only,
   * S-DATA-1). Absent: the section says there is no keychain and stores nothing.
   */
  secretSettings?: SecretSettings;
  /** Where the console's Import section stages uploaded exports; tests may lower the size cap. */
  importUploads?: ImportUploads;
}

export interface KioskCore {
  handlers: IpcHandlers;
  close(): void;
}

/** Channels a renderer calls on a timer, not because someone touched the screen. */
const BACKGROUND_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['demo.inbox']);

/**
 * S-KIOSK-4: every other call of a session counts as activity for its login's main-side idle
 * expiry, and ends a login that idled out before the call is handled.
 */
function withActivity(handlers: IpcHandlers, touch: (call: CallContext) => void): IpcHandlers {
  const wrapped: Record<string, unknown> = {};
  for (const channel of Object.keys(handlers) as Channel[]) {
    const handler = handlers[channel] as (call: CallContext, request: unknown) => Promise<unknown>;
    wrapped[channel] = BACKGROUND_CHANNELS.has(channel)
      ? handler
      : (call: CallContext, request: unknown) => {
          touch(call);
          return handler(call, request);
        };
  }
  return wrapped as IpcHandlers;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The Electron-free domain core: every IPC channel's handler over one database. */
export function createKioskCore(options: KioskCoreOptions): KioskCore {
  const { db, settings, clock } = options;
  const journal = createJournal(db);
  const sessions = createKioskSessions({
    clock,
    // S-KIOSK-4: the renderer resets after idle + warning; the main side gives it 30 s more.
    idleExpirySeconds: settings.idleSeconds + settings.idleWarningSeconds + 30,
  });
  const identityCooldown = createIdentityCooldown(db, settings);
  const secretFailures = createGuardianSecretFailures(db, journal);
  const passwordHashing = options.passwordHashing ?? DEFAULT_SCRYPT_PARAMETERS;
  const passwordHasher = createPasswordHasher(options.passwordPepper, passwordHashing);
  const { isDemoMode } = createRosterSourceReader(db);
  const readKioskStatus = createKioskStatusReader(db, settings, options.smsGateway.provider);
  const accounts = createAccountReader(db);
  const activation: ActivationContext = {
    db,
    settings,
    clock,
    smsGateway: options.smsGateway,
    codeHmacKey: options.codeHmacKey,
    randomInt: options.randomInt ?? cryptoRandomInt,
    sleep: options.sleep ?? realSleep,
    flows: createFlowRepository(db),
    roster: createActivationRoster(db),
    accounts,
    createAccount: createAccountCreator(db, journal),
    allocateIdentifier: createIdentifierAllocator(db),
    journal,
    matchIdentity: createIdentityMatcher(db),
    identityCooldown,
    smsRateLimiter: createSmsRateLimiter(db, settings),
    smsLog: createSmsLog(db),
    secretFailures,
    passwordHasher,
    isDemoMode,
  };
  const throttle = createLoginThrottle(db, settings);
  const login = createLoginService({
    db,
    clock,
    journal,
    sessions,
    throttle,
    hasher: passwordHasher,
    secretFailures,
    accounts,
  });
  // Issue 5: recovery flows and password changes (one way to replace a password).
  const accountRecords = createAccountRecords(db);
  const replacePassword = createPasswordReplacer({ db, journal, sessions, throttle });
  const recovery: RecoveryContext = { ...activation, accountRecords, replacePassword };
  const changePassword = createAccountPasswordChange({
    db,
    clock,
    journal,
    sessions,
    hasher: passwordHasher,
    records: accountRecords,
    accounts,
    secretFailures,
    replacePassword,
    serviceName: settings.serviceName,
  });

  // S-SEC-1: staff logins live apart from parents' and end the same ways (S-KIOSK-1/4).
  const staffSessions = createKioskSessions({
    clock,
    idleExpirySeconds: settings.idleSeconds + settings.idleWarningSeconds + 30,
  });
  // Each staff password records its pepper: one made on the demo pepper still logs in once the
  // school's is set, and moves to it (staff-password-hashing.ts).
  const staffHashing = createStaffPasswordHashing(
    options.passwordPepper,
    passwordHashing,
    passwordHasher,
  );
  const staffRecords = createStaffAccountRecords(db);
  const staffThrottle = createLoginThrottle(db, settings);
  const staffDeps = {
    db,
    clock,
    journal,
    sessions: staffSessions,
    throttle: staffThrottle,
    hashing: staffHashing,
    records: staffRecords,
    serviceName: settings.serviceName,
  };
  const staffAuth = createStaffAuth(staffDeps);
  const requireStaff = createRequireStaff(staffRecords, staffSessions);
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
      hasher: passwordHasher,
      allocateIdentifier: activation.allocateIdentifier,
      createAccount: activation.createAccount,
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

  const handlers: IpcHandlers = {
    ...deskHandlers,
    ...smsSettingsHandlers,
    'kiosk.status': async () => ok(readKioskStatus(isDemoMode())),
    ...createActivationHandlers(activation),
    'login.submit': (call, request) => login.submit(call, request),
    'account.view': async (call) => login.view(call),
    'account.logout': async (call) => login.logout(call),
    'account.changePassword': (call, request) => changePassword(call, request),
    ...createRecoveryHandlers(recovery),
    'session.reset': async (call) => {
      inTransaction(db, () => abandonSessionFlows(activation, call.sessionId, clock.now()));
      login.logout(call);
      staffAuth.logout(call, 'session-reset');
      importSection.endSession(call.sessionId);
      return ok({ reset: true as const });
    },
    'demo.inbox': async (_call, request) =>
      isDemoMode() && options.demoPhone
        ? ok(options.demoPhone.inbox(request.afterId))
        : fail('NOT_DEMO_MODE', 'The demo phone exists only in demo mode'),
    ...consoleHandlers,
    // Staged export files do not outlive the staff login that sent them.
    'console.logout': (call, request) => {
      importSection.endSession(call.sessionId);
      return consoleHandlers['console.logout'](call, request);
    },
    ...importSection.handlers,
    ...staffAccountHandlers,
    ...createTicketHandlers({
      settings,
      ...(options.silentTicketPrint ? { silentPrint: options.silentTicketPrint } : {}),
    }),
  };

  // The code HMAC key is per process: a flow left open by the previous run could only answer
  // "wrong code". End them all, so the person is told to start again.
  endFlowsLeftOpen(activation);
  // S-DATA-2: flows nobody touches again are ended and emptied now and every minute; closed
  // flows and old SMS log rows are deleted after their retention.
  const sweep = () => {
    try {
      sweepExpiredFlows(activation);
      // S-DATA-2: people gone from the roster longer than the grace period, even when no
      // import comes to purge them.
      inTransaction(db, () =>
        purgeGoneRoster(db, {
          now: clock.now(),
          graceDays: settings.rosterPurgeGraceDays,
          actor: 'kiosk',
        }),
      );
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown';
      console.error(`Kiosk core: the expired-flow sweep failed (${message})`);
    }
  };
  sweep();
  const sweepTimer = setInterval(sweep, FLOW_SWEEP_INTERVAL_MS);
  sweepTimer.unref();

  return {
    handlers: guardHandlers(
      withActivity(handlers, (call) => {
        login.touch(call);
        staffAuth.touch(call);
      }),
      createSessionSerializer(),
    ),
    close() {
      clearInterval(sweepTimer);
      sessions.clear();
      staffSessions.clear();
      importUploads.close();
    },
  };
}
