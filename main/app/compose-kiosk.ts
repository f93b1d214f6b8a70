// The composition root: reads the settings, opens the database, picks the SMS gateway and builds
// the Electron-free core. Both hosts (Electron and the browser host) start the kiosk through here.
import { mkdirSync } from 'node:fs';
import { hasAccounts } from '../accounts/has-accounts';
import { loadKioskConfig, type KioskConfig } from '../config/kiosk-config';
import { weakenedLimitWarnings } from '../policy/weakened-limits';
import { createKioskCore } from '../core/create-kiosk-core';
import { databasePath } from '../database/database-location';
import { openDatabase } from '../database/open-database';
import { ensureDemoRoster } from '../demo/ensure-demo-roster';
import type { SaveLetterPdf } from '../desk/save-letter-pdf';
import type { SilentTicketPrint } from '../printing/ticket-handlers';
import type { IpcHandlers, KioskCall } from '../ipc/ipc-handlers';
import { systemClock, type Clock } from '../platform/clock';
import type { SessionHolding } from '../sessions/session-holding';
import { isDemoMode } from '../roster/roster-source';
import { describeLoadedSecrets } from '../secrets/describe-loaded-secrets';
import { explainMissingSmsSecret } from '../secrets/explain-missing-sms-secret';
import { loadKioskSecrets } from '../secrets/load-kiosk-secrets';
import { bindSecretSettings, type SecretSettings } from '../secrets/secret-settings';
import type { SecretStore } from '../secrets/secret-store';
import { createSmsGateway, smsBaseUrl } from '../sms/create-sms-gateway';
import { createDeliveryStatusPoller } from '../sms/delivery-status-poller';
import { createSmsDiagnostics, type SmsDiagnostics } from '../sms/sms-diagnostics';
import { demoPepperStaffWarning } from '../staff/demo-pepper-staff-warning';
import { createSyncService } from '../sync/create-sync-service';
import { createHubCredentialStore } from '../sync/hub-credential';
import type { SyncService } from '../sync/sync-service';
import { createConsoleSetupCodes, setupCodeLine } from '../staff/console-setup-code';
import { resolveCodeHmacKey, resolvePasswordPepper } from './resolve-secrets';
import { checkSmsReadiness, type SmsReadiness } from './sms-readiness';

export interface ComposedKiosk {
  /** The core's call pipeline, which both transports hand their calls to. */
  call: KioskCall;
  handlers: IpcHandlers;
  /** What a kiosk session holds (a staff login, a parent's visit, nothing). */
  sessionHolding(sessionId: string): SessionHolding;
  config: KioskConfig;
  demoMode: boolean;
  /** Settings that weaken a protection, no keychain (printed at every start). */
  warnings: string[];
  /** Facts the person starting the kiosk should know (secrets created in the keychain). */
  notices: string[];
  /**
   * For the secretariat's settings screen: set or delete an SMS gateway secret (write-only) and
   * say which are set; never a value (S-DATA-1). Changes take effect at the next start.
   */
  secretSettings: SecretSettings;
  /** Whether parents can receive codes now (checks the gateway without sending anything). */
  checkSms(): Promise<SmsReadiness>;
  /** For the secretariat's settings: the last SMS failure and a test SMS. */
  smsDiagnostics: SmsDiagnostics;
  /**
   * This kiosk's sync with its hub (docs/developers/sync.md), started here: an un-enrolled kiosk's
   * loop does nothing until the console or `npm run config -- hub enrol` enrols it.
   */
  sync: SyncService;
  /** Ends the sync's running try (close() does not wait for it), then close() may follow. */
  stopSync(): Promise<void>;
  close(): void;
}

export async function composeKiosk(options: {
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  /** Where the secrets live: createKeychainSecretStore() in both hosts (S-DATA-1). */
  secretStore: SecretStore;
  /** Electron only: the desk's letter as a PDF (main/electron/letter-pdf-saver.ts). */
  saveLetterPdf?: SaveLetterPdf;
  /** Electron only: the identifier ticket's silent print (main/electron/ticket-printer.ts). */
  silentTicketPrint?: SilentTicketPrint;
}): Promise<ComposedKiosk> {
  const env = options.env ?? process.env;
  const clock = options.clock ?? systemClock;
  mkdirSync(options.dataDir, { recursive: true });
  const config = loadKioskConfig(options.dataDir, env);
  const db = openDatabase(databasePath(options.dataDir));
  try {
    ensureDemoRoster(db, clock);
    const demoMode = isDemoMode(db);
    const demoOnly = demoMode && config.settings.smsProvider === 'demo';
    const loaded = await loadKioskSecrets(config.secrets, options.secretStore, {
      mayCreatePepper: !hasAccounts(db),
    });
    const { secrets, keychainProblem } = loaded;
    let sms;
    try {
      sms = createSmsGateway(config.settings, secrets, clock, {
        // Masked numbers only: the adapters never log a message text or a full number.
        log: (line) => console.log(`[sms] ${line}`),
      });
    } catch (error) {
      throw explainMissingSmsSecret(error, keychainProblem);
    }
    const { gateway, demoPhone, byProvider } = sms;
    const secretSettings = bindSecretSettings(options.secretStore, env);
    const passwordPepper = resolvePasswordPepper(secrets, demoOnly, keychainProblem);
    // The sync ends the logins of an account whose password changed at another kiosk; the core
    // that holds them is made just below.
    let logOutParentAccount: (accountId: string) => string[] = () => [];
    const sync = createSyncService({
      db,
      clock,
      credentials: createHubCredentialStore(options.secretStore, env),
      caFile: config.settings.hubCaFile,
      sessions: { logOutAccount: (accountId) => logOutParentAccount(accountId) },
      log: (line) => console.warn(`[sync] ${line}`),
    });
    const core = createKioskCore({
      sync,
      db,
      settings: config.settings,
      clock,
      smsGateway: gateway,
      ...(demoPhone ? { demoPhone } : {}),
      codeHmacKey: resolveCodeHmacKey(secrets),
      passwordPepper,
      settingsFile: { dataDir: options.dataDir, env },
      secretSettings,
      ...(options.saveLetterPdf ? { saveLetterPdf: options.saveLetterPdf } : {}),
      ...(options.silentTicketPrint ? { silentTicketPrint: options.silentTicketPrint } : {}),
    });
    // A kiosk gets no delivery callbacks: it asks the provider, where it can, and logs the answer.
    const deliveryPoller = createDeliveryStatusPoller({
      db,
      gateways: byProvider,
      clock,
      log: (line) => console.warn(`[sms] ${line}`),
    });
    deliveryPoller.start();
    logOutParentAccount = (accountId) => core.accountSessions.logOutAccount(accountId);
    sync.start();
    const secretLines = describeLoadedSecrets(loaded, options.secretStore, { demoOnly });
    // S-SEC-1: until the first staff account exists, the start-up log (read by whoever started
    // the kiosk, not by whoever stands at its screen) gives the code that claims the console.
    const setupCode = createConsoleSetupCodes(db).issue('kiosk', clock.now());
    return {
      call: core.call,
      handlers: core.handlers,
      sessionHolding: core.sessionHolding,
      config,
      demoMode,
      warnings: [
        ...weakenedLimitWarnings(config.settings),
        ...secretLines.warnings,
        ...[demoPepperStaffWarning(db, passwordPepper)].filter((line) => line !== null),
      ],
      notices: [...secretLines.notices, ...(setupCode ? [setupCodeLine(setupCode)] : [])],
      secretSettings,
      checkSms: () => checkSmsReadiness(gateway, { demoMode, smsUrl: smsBaseUrl(config.settings) }),
      smsDiagnostics: createSmsDiagnostics({ db, gateway, clock, settings: config.settings }),
      sync,
      stopSync: () => sync.stop(),
      close() {
        // A try waiting on the network is aborted, and touches the database no more.
        void sync.stop();
        deliveryPoller.stop();
        core.close();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
