import type { AccountCreator } from '../../accounts/account-creator';
import type { AccountReader } from '../../accounts/account-view-loader';
import type { GuardianSecretFailures } from '../../accounts/guardian-secret-failures';
import type { IdentifierAllocator } from '../../accounts/identifier-allocator';
import type { PasswordHasher } from '../../accounts/password-hasher';
import type { KioskSettings } from '../../config/kiosk-config';
import type { KioskDatabase } from '../../database/open-database';
import type { Journal } from '../../journal/journal';
import type { Clock } from '../../platform/clock';
import type { SmsGateway } from '../../sms/sms-gateway';
import type { ActivationRoster } from '../identity-checks/activation-roster';
import type { FlowRepository } from '../engine/flow-repository';
import type { IdentityCooldown } from './identity-cooldown';
import type { IdentityMatcher } from '../identity-checks/identity-matcher';
import type { RandomInt } from '../sms-code-step/otp-code';
import type { SmsLog } from '../../sms/sms-log';
import type { SmsRateLimiter } from '../../sms/sms-rate-limiter';

/**
 * Everything the activation steps share; built once by createKioskCore, so every statement
 * behind these repositories is prepared once.
 */
export interface ActivationContext {
  db: KioskDatabase;
  settings: KioskSettings;
  clock: Clock;
  smsGateway: SmsGateway;
  codeHmacKey: Buffer;
  randomInt: RandomInt;
  sleep: (ms: number) => Promise<void>;
  flows: FlowRepository;
  roster: ActivationRoster;
  accounts: AccountReader;
  createAccount: AccountCreator;
  allocateIdentifier: IdentifierAllocator;
  journal: Journal;
  matchIdentity: IdentityMatcher;
  identityCooldown: IdentityCooldown;
  smsRateLimiter: SmsRateLimiter;
  smsLog: SmsLog;
  secretFailures: GuardianSecretFailures;
  passwordHasher: PasswordHasher;
  isDemoMode: () => boolean;
}

/** An audit entry for a step: never a secret, a name or a number (actor: the kiosk). */
export function auditStep(
  context: ActivationContext,
  now: Date,
  action: string,
  flowId: string,
  guardianId: number | null = null,
  details: Record<string, unknown> = {},
): void {
  context.journal.audit(now, 'kiosk', action, guardianId, { flowId, ...details });
}
