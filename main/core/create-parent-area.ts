import { randomInt as cryptoRandomInt } from 'node:crypto';
import type { DemoSms } from '../../shared/kiosk-status';
import { fail, ok } from '../../shared/result';
import { createAccountPasswordChange } from '../accounts/account-password-change';
import { createAccountRecords } from '../accounts/account-records';
import { createAccountReader } from '../accounts/account-view-loader';
import { createGuardianSecretFailures } from '../accounts/guardian-secret-failures';
import { createLoginService } from '../accounts/login-service';
import { createLoginThrottle } from '../accounts/login-throttle';
import type { PasswordHasher } from '../accounts/password-hasher';
import { createPasswordReplacer } from '../accounts/password-replacer';
import type { KioskSettings } from '../config/kiosk-config';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import type { ActivationContext } from '../flows/activation/activation-context';
import { createActivationHandlers } from '../flows/activation/activation-flow';
import { createActivationRoster } from '../flows/identity-checks/activation-roster';
import { createFlowRepository } from '../flows/engine/flow-repository';
import { abandonSessionFlows } from '../flows/engine/flow-lifecycle';
import { createIdentityCooldown } from '../flows/activation/identity-cooldown';
import { createIdentityMatcher } from '../flows/identity-checks/identity-matcher';
import type { RecoveryContext } from '../flows/recovery/recovery-context';
import { createRecoveryHandlers } from '../flows/recovery/recovery-flow';
import { createSmsLog } from '../sms/sms-log';
import { createSmsRateLimiter } from '../sms/sms-rate-limiter';
import type { CallContext, IpcHandlers } from '../ipc/ipc-handlers';
import type { Journal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import { createKioskSessions } from '../sessions/kiosk-sessions';
import type { AccountSessionEnder } from '../sync/apply/sync-apply-context';
import { createVisitLanguages } from '../sessions/visit-languages';
import type { SmsGateway } from '../sms/sms-gateway';
import type { AccountIssuing } from './account-issuing';

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The parents' side of the kiosk: activation, login, the account page, recovery and the demo
 * phone. It owns the parents' logins and flows, and ends them when a kiosk session ends.
 */
export function createParentArea(options: {
  db: KioskDatabase;
  settings: KioskSettings;
  clock: Clock;
  journal: Journal;
  smsGateway: SmsGateway;
  codeHmacKey: Buffer;
  passwordHasher: PasswordHasher;
  issuing: AccountIssuing;
  isDemoMode: () => boolean;
  demoPhone?: { inbox(afterId?: number): DemoSms[] };
  randomInt?: (min: number, max: number) => number;
  sleep?: (ms: number) => Promise<void>;
}) {
  const { db, settings, clock, journal, passwordHasher } = options;
  const sessions = createKioskSessions({
    clock,
    // S-KIOSK-4: the renderer resets after idle + warning; the main side gives it 30 s more.
    idleExpirySeconds: settings.idleSeconds + settings.idleWarningSeconds + 30,
  });
  const visitLanguages = createVisitLanguages();
  const secretFailures = createGuardianSecretFailures(db, journal);
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
    createAccount: options.issuing.createAccount,
    allocateIdentifier: options.issuing.allocateIdentifier,
    journal,
    matchIdentity: createIdentityMatcher(db),
    identityCooldown: createIdentityCooldown(db, settings),
    smsRateLimiter: createSmsRateLimiter(db, settings),
    smsLog: createSmsLog(db),
    secretFailures,
    passwordHasher,
    isDemoMode: options.isDemoMode,
    visitLanguageOf: visitLanguages.of,
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

  const handlers = {
    ...createActivationHandlers(activation),
    'login.submit': (call, request) => login.submit(call, request),
    'account.view': async (call) => login.view(call),
    'account.logout': async (call) => login.logout(call),
    'account.changePassword': (call, request) => changePassword(call, request),
    ...createRecoveryHandlers(recovery),
    // Issue 14: the SMS of this session's visit are written in it (the contract allows only
    // the 8 parent languages); session.reset forgets it.
    'visit.language': async (call, request) => {
      visitLanguages.choose(call.sessionId, request.language);
      return ok({ language: request.language });
    },
    'demo.inbox': async (_call, request) =>
      options.isDemoMode() && options.demoPhone
        ? ok(options.demoPhone.inbox(request.afterId))
        : fail('NOT_DEMO_MODE', 'The demo phone exists only in demo mode'),
  } satisfies Partial<IpcHandlers>;

  return {
    handlers,
    /** The activation context, for the flow sweeper. */
    activation,
    /** The parents' logins, for a change pulled from the hub that must end an account's. */
    accountSessions: { logOutAccount: sessions.logOutAccount } satisfies AccountSessionEnder,
    /** S-KIOSK-4: a call of the session keeps its parent's login alive, or ends an idle one. */
    noteActivity: (call: CallContext) => login.touch(call),
    /** True while the session holds a parent's visit: an open flow or a login. */
    holdsVisit: (sessionId: string): boolean =>
      sessions.accountOf(sessionId) !== undefined ||
      activation.flows.openFlowIdsOfSession(sessionId).length > 0,
    /** The kiosk session ended (idle reset, page gone): its flows and login end with it. */
    endSession(sessionId: string): void {
      inTransaction(db, () => abandonSessionFlows(activation, sessionId, clock.now()));
      login.logout({ sessionId });
      visitLanguages.forget(sessionId);
    },
    close(): void {
      sessions.clear();
      visitLanguages.clear();
    },
  };
}
