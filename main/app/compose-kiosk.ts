// The composition root: reads the settings, opens the database, picks the SMS gateway and builds
// the Electron-free core. Both hosts (Electron and the browser host) start the kiosk through here.
import { mkdirSync } from 'node:fs';
import { loadKioskConfig, type KioskConfig } from '../config/kiosk-config';
import { weakenedLimitWarnings } from '../config/weakened-limits';
import { createKioskCore } from '../core/create-kiosk-core';
import { databasePath } from '../database/database-location';
import { openDatabase } from '../database/open-database';
import { ensureDemoRoster } from '../demo/ensure-demo-roster';
import type { IpcHandlers } from '../ipc/ipc-handlers';
import { systemClock, type Clock } from '../platform/clock';
import { isDemoMode } from '../roster/roster-source';
import { createSmsGateway } from '../sms/create-sms-gateway';
import { resolveCodeHmacKey, resolvePasswordPepper } from './resolve-secrets';
import { checkSmsReadiness, type SmsReadiness } from './sms-readiness';

export interface ComposedKiosk {
  handlers: IpcHandlers;
  config: KioskConfig;
  demoMode: boolean;
  /** Settings that weaken a protection (printed at every start). */
  warnings: string[];
  /** Whether parents can receive codes now (checks the gateway without sending anything). */
  checkSms(): Promise<SmsReadiness>;
  close(): void;
}

export async function composeKiosk(options: {
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
}): Promise<ComposedKiosk> {
  const env = options.env ?? process.env;
  const clock = options.clock ?? systemClock;
  mkdirSync(options.dataDir, { recursive: true });
  const config = loadKioskConfig(options.dataDir, env);
  const db = openDatabase(databasePath(options.dataDir));
  try {
    ensureDemoRoster(db, clock);
    const demoMode = isDemoMode(db);
    const { gateway, demoPhone } = createSmsGateway(config.settings, config.secrets, clock, {
      // Masked numbers only: the adapters never log a message text or a full number.
      log: (line) => console.log(`[sms] ${line}`),
    });
    const core = createKioskCore({
      db,
      settings: config.settings,
      clock,
      smsGateway: gateway,
      ...(demoPhone ? { demoPhone } : {}),
      codeHmacKey: resolveCodeHmacKey(env),
      passwordPepper: resolvePasswordPepper(
        config.secrets,
        demoMode && config.settings.smsProvider === 'demo',
      ),
      settingsFile: { dataDir: options.dataDir, env },
    });
    return {
      handlers: core.handlers,
      config,
      demoMode,
      warnings: weakenedLimitWarnings(config.settings),
      checkSms: () => checkSmsReadiness(gateway, { demoMode, smsUrl: config.settings.smsUrl }),
      close() {
        core.close();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
