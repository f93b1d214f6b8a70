import type { KioskSettings } from '../config/kiosk-config';
import { inTransaction } from '../database/in-transaction';
import type { ActivationContext } from '../flows/activation/activation-context';
import {
  endFlowsLeftOpen,
  FLOW_SWEEP_INTERVAL_MS,
  sweepExpiredFlows,
} from '../flows/engine/flow-sweeper';
import { purgeGoneRoster } from '../roster/purge-gone-roster';

/**
 * Ends what nobody will come back to. At start, the flows the previous run left open: the code
 * HMAC key is per process, so they could only answer "wrong code"; ended, the person is told to
 * start again. Then now and every minute (S-DATA-2): flows nobody touched again are ended and
 * emptied, closed flows and old SMS log rows deleted after their retention, and people gone
 * from the roster longer than the grace period purged even when no import comes to do it.
 */
export function startExpirySweeper(activation: ActivationContext, settings: KioskSettings) {
  const { db, clock } = activation;
  endFlowsLeftOpen(activation);
  const sweep = () => {
    try {
      sweepExpiredFlows(activation);
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
  const timer = setInterval(sweep, FLOW_SWEEP_INTERVAL_MS);
  timer.unref();
  return {
    stop(): void {
      clearInterval(timer);
    },
  };
}
