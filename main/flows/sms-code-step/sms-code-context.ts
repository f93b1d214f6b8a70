import type { ParentLanguage } from '../../../shared/parent-languages';
import type { GuardianSecretFailures } from '../../accounts/guardian-secret-failures';
import type { KioskSettings } from '../../config/kiosk-config';
import type { SmsGateway } from '../../sms/sms-gateway';
import type { SmsLog } from '../../sms/sms-log';
import type { SmsRateLimiter } from '../../sms/sms-rate-limiter';
import type { FlowEngineContext } from '../engine/flow-engine-context';
import type { RandomInt } from './otp-code';

/** What the SMS code step (send a code, check it, resend it) needs, in either flow. */
export interface SmsCodeContext extends FlowEngineContext {
  settings: KioskSettings;
  smsGateway: SmsGateway;
  codeHmacKey: Buffer;
  randomInt: RandomInt;
  smsRateLimiter: SmsRateLimiter;
  smsLog: SmsLog;
  secretFailures: GuardianSecretFailures;
  isDemoMode: () => boolean;
  /** The language of a kiosk session's visit (French unless it chose another): its SMS's. */
  visitLanguageOf: (sessionId: string) => ParentLanguage;
}

/** Which flow a step belongs to: the first part of its audit actions. */
export type FlowAuditName = 'activation' | 'recovery';
