import { randomInt as cryptoRandomInt } from 'node:crypto';
import type { DemoSms } from '../../shared/kiosk-status';
import { fail, ok } from '../../shared/result';
import { createGuardianSecretFailures } from '../accounts/guardian-secret-failures';
import { createLoginService } from '../accounts/login-service';
import { createLoginThrottle } from '../accounts/login-throttle';
import {
  createPasswordHasher,
  DEFAULT_SCRYPT_PARAMETERS,
  type ScryptParameters,
} from '../accounts/password-hasher';
import type { KioskSettings } from '../config/kiosk-config';
import type { KioskDatabase } from '../database/open-database';
import { createActivationHandlers } from '../flows/activation-flow';
import { abandonSessionFlows } from '../flows/activation-identity-steps';
import { inTransaction, type ActivationContext } from '../flows/activation-context';
import { createFlowRepository } from '../flows/flow-repository';
import { createIdentityCooldown } from '../flows/identity-cooldown';
import { createIdentityMatcher } from '../flows/identity-matcher';
import { createSmsLog } from '../flows/sms-log';
import { createSmsRateLimiter } from '../flows/sms-rate-limiter';
import type { IpcHandlers } from '../ipc/ipc-handlers';
import { createJournal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import { createKioskSessions } from '../sessions/kiosk-sessions';
import { createSessionSerializer } from '../sessions/session-serializer';
import type { SmsGateway } from '../sms/sms-gateway';
import { createDemoModeCheck } from './demo-mode';
import { guardHandlers } from './guarded-handlers';
import { readKioskStatus } from './kiosk-status-reader';

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
}

export interface KioskCore {
  handlers: IpcHandlers;
  close(): void;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The Electron-free domain core: every IPC channel's handler over one database. */
export function createKioskCore(options: KioskCoreOptions): KioskCore {
  const { db, settings, clock } = options;
  const journal = createJournal(db);
  const sessions = createKioskSessions();
  const secretFailures = createGuardianSecretFailures(db);
  const passwordHasher = createPasswordHasher(
    options.passwordPepper,
    options.passwordHashing ?? DEFAULT_SCRYPT_PARAMETERS,
  );
  const isDemoMode = createDemoModeCheck(db);
  const activation: ActivationContext = {
    db,
    settings,
    clock,
    smsGateway: options.smsGateway,
    codeHmacKey: options.codeHmacKey,
    randomInt: options.randomInt ?? cryptoRandomInt,
    sleep: options.sleep ?? realSleep,
    flows: createFlowRepository(db),
    journal,
    matchIdentity: createIdentityMatcher(db),
    identityCooldown: createIdentityCooldown(db, settings),
    smsRateLimiter: createSmsRateLimiter(db, settings),
    smsLog: createSmsLog(db),
    secretFailures,
    passwordHasher,
    isDemoMode,
  };
  const login = createLoginService({
    db,
    clock,
    journal,
    sessions,
    throttle: createLoginThrottle(db, settings),
    hasher: passwordHasher,
    secretFailures,
  });

  const handlers: IpcHandlers = {
    'kiosk.status': async () => ok(readKioskStatus(db, settings, isDemoMode())),
    ...createActivationHandlers(activation),
    'login.submit': (call, request) => login.submit(call, request),
    'account.view': async (call) => login.view(call),
    'account.logout': async (call) => login.logout(call),
    'session.reset': async (call) => {
      inTransaction(db, () => abandonSessionFlows(activation, call.sessionId, clock.now()));
      login.logout(call);
      return ok({ reset: true as const });
    },
    'demo.inbox': async (_call, request) =>
      isDemoMode() && options.demoPhone
        ? ok(options.demoPhone.inbox(request.afterId))
        : fail('NOT_DEMO_MODE', 'The demo phone exists only in demo mode'),
  };

  return {
    handlers: guardHandlers(handlers, createSessionSerializer()),
    close() {
      sessions.clear();
    },
  };
}
