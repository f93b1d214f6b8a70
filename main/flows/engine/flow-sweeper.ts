import { inTransaction } from '../../database/in-transaction';
import type { SmsLog } from '../../sms/sms-log';
import { auditPrefixOf, auditStep } from './flow-audit';
import type { FlowEngineContext } from './flow-engine-context';

/** How often the core looks for flows past their lifetime. */
export const FLOW_SWEEP_INTERVAL_MS = 60_000;

/** Closed flows hold nothing personal; they are kept a day (support questions), then deleted. */
export const CLOSED_FLOW_RETENTION_MS = 24 * 3600 * 1000;
/**
 * SMS log rows are kept 90 days: far beyond the longest S-RATE-2 window (a day), so the
 * secretariat can still see recent SMS, and no longer than that (phone numbers, S-DATA-2).
 */
export const SMS_LOG_RETENTION_MS = 90 * 24 * 3600 * 1000;

export interface SweepReport {
  expired: number;
  deletedFlows: number;
  deletedSms: number;
}

/**
 * Ends every open flow past its lifetime and clears what it holds (typed names, phone, code
 * hash, reserved identifier: S-DATA-2), even when nobody touches it again; then applies the
 * retention: closed flows that ended more than a day ago and SMS log rows older than 90 days
 * are deleted.
 */
export function sweepExpiredFlows(
  context: FlowEngineContext & { smsLog: Pick<SmsLog, 'deleteBefore'> },
): SweepReport {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const flowIds = context.flows.expiredOpenFlowIds(now);
    for (const flowId of flowIds) {
      const ended = context.flows.end(flowId, now, 'flow-expired');
      auditStep(context, now, `${auditPrefixOf(ended.kind)}.expired`, flowId, null, {
        by: 'sweep',
      });
    }
    const before = (ms: number) => new Date(now.getTime() - ms);
    return {
      expired: flowIds.length,
      deletedFlows: context.flows.deleteClosedBefore(before(CLOSED_FLOW_RETENTION_MS)),
      deletedSms: context.smsLog.deleteBefore(before(SMS_LOG_RETENTION_MS)),
    };
  });
}

/**
 * At core creation: ends every flow still open (one UPDATE, personal columns cleared). The code
 * HMAC key lives only as long as the process, so a code sent before a restart could never be
 * checked: the person is told to start again ('abandoned', or 'flow-expired' for a flow past its
 * lifetime) instead of being told their code is wrong.
 */
export function endFlowsLeftOpen(context: FlowEngineContext): number {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const ended = context.flows.endEveryOpen(now);
    for (const flow of ended) {
      auditStep(context, now, `${auditPrefixOf(flow.kind)}.ended-at-start`, flow.id, null, {
        reason: flow.ended_reason,
      });
    }
    return ended.length;
  });
}
