import { createHmac } from 'node:crypto';
import type { Result } from '../../../shared/result';
import { identifierKey } from '../../accounts/login-service';
import type { FlowRow } from '../engine/flow-repository';
import { checkSmsLimits, refuseOverLimit } from '../sms-code-step/code-sender';
import type { RecoveryContext } from './recovery-context';

/**
 * The key a recovery by identifier counts against (S-RATE-2): a keyed hash of the identifier as
 * the account lookup normalises it, so the SMS log never holds the identifier itself.
 */
export function identifierRateKey(context: RecoveryContext, flow: FlowRow): string | undefined {
  if (flow.typed_identifier === null) return undefined;
  return createHmac('sha256', context.codeHmacKey)
    .update(`sms-identifier:${identifierKey(flow.typed_identifier)}`, 'utf8')
    .digest('hex');
}

/**
 * S-RATE-2 before any lookup, on what the person typed, so the answer is the same whether or
 * not an account exists (S-ENUM-4): the typed number's budget, or the typed identifier's (every
 * request by identifier counts, sent or withheld, known or not).
 */
export function checkTypedLimits(context: RecoveryContext, flow: FlowRow, now: Date): Result<null> {
  const rateKey = identifierRateKey(context, flow);
  if (rateKey === undefined) {
    return checkSmsLimits(context, flow.id, flow.phone_e164 ?? '', now, 'recovery');
  }
  const retryAfterSeconds = context.smsRateLimiter.identifierRetryAfterSeconds(rateKey, now);
  return refuseOverLimit(
    context,
    flow.id,
    retryAfterSeconds,
    now,
    'recovery',
    'identifier or kiosk',
  );
}

/**
 * After the lookup, an identifier led to the school's number for its account: when that number
 * is over its own budget (the family's activation and recoveries), the person is told so and
 * when to try again instead of "code sent" with nothing sent. This tells someone who already
 * knows an identifier that its account had recent SMS: a documented deviation from S-ENUM-4,
 * bounded by the identifier's own budget and the kiosk ceiling (docs: SMS limits).
 */
export function checkAccountNumberLimits(
  context: RecoveryContext,
  flowId: string,
  phoneE164: string,
  now: Date,
): Result<null> {
  return checkSmsLimits(context, flowId, phoneE164, now, 'recovery');
}
