import type { AccountCreator } from '../../accounts/account-creator';
import type { AccountReader } from '../../accounts/account-view-loader';
import type { IdentifierAllocator } from '../../accounts/identifier-allocator';
import type { PasswordHasher } from '../../accounts/password-hasher';
import type { ActivationRoster } from '../identity-checks/activation-roster';
import type { IdentityMatcher } from '../identity-checks/identity-matcher';
import type { SmsCodeContext } from '../sms-code-step/sms-code-context';
import type { IdentityCooldown } from './identity-cooldown';

/**
 * Everything the activation steps share; built once by createKioskCore, so every statement
 * behind these repositories is prepared once.
 */
export interface ActivationContext extends SmsCodeContext {
  sleep: (ms: number) => Promise<void>;
  roster: ActivationRoster;
  accounts: AccountReader;
  createAccount: AccountCreator;
  allocateIdentifier: IdentifierAllocator;
  matchIdentity: IdentityMatcher;
  identityCooldown: IdentityCooldown;
  passwordHasher: PasswordHasher;
}
