// Polls the delivery status of recently accepted SMS where the provider allows it (a kiosk on a
// school network gets no delivery callbacks, ../shared/docs/sms-gateways.md) and records it in
// the SMS log, so the secretariat can tell "the provider failed it" from "it was delivered".
import type { KioskDatabase } from '../database/open-database';
import type { Clock } from '../platform/clock';
import { maskNumbersInText } from './mask-numbers-in-text';
import type { SmsGateway } from './sms-gateway';

/** Codes are useless after 30 minutes; an hour covers a slow operator report. */
export const DELIVERY_POLL_WINDOW_MS = 3600 * 1000;
export const DELIVERY_POLL_INTERVAL_MS = 60 * 1000;

/** States after which the provider will not change its mind (Twilio, Android gateway). */
const FINAL_STATES = ['delivered', 'undelivered', 'failed', 'cancelled', 'canceled'];

interface PendingRow {
  id: string;
  provider: string;
  provider_message_id: string;
}

export function createDeliveryStatusPoller(options: {
  db: KioskDatabase;
  /** The configured gateways by provider name (createSmsGateway's byProvider). */
  gateways: ReadonlyMap<string, SmsGateway>;
  clock: Clock;
  log?: (line: string) => void;
}) {
  const { db, clock } = options;
  const log = options.log ?? (() => {});
  const pollable = [...options.gateways.values()].filter(
    (gateway) => gateway.getStatus && gateway.provider !== 'demo',
  );
  const finals = FINAL_STATES.map(() => '?').join(', ');
  const pending = db.prepare(
    `SELECT id, provider, provider_message_id FROM sms_log
      WHERE status = 'accepted' AND provider_message_id IS NOT NULL AND created_at > ?
        AND provider IN (SELECT value FROM json_each(?))
        AND (delivery_status IS NULL OR lower(delivery_status) NOT IN (${finals}))
      ORDER BY created_at`,
  );
  const record = db.prepare(
    `UPDATE sms_log SET delivery_status = ?, delivery_error = ?, delivery_checked_at = ?
      WHERE id = ?`,
  );
  let timer: ReturnType<typeof setInterval> | undefined;
  let running = false;

  async function pollOnce(): Promise<number> {
    if (pollable.length === 0) return 0;
    const since = new Date(clock.now().getTime() - DELIVERY_POLL_WINDOW_MS).toISOString();
    const rows = pending.all(
      since,
      JSON.stringify(pollable.map((gateway) => gateway.provider)),
      ...FINAL_STATES,
    ) as PendingRow[];
    let updated = 0;
    for (const row of rows) {
      const gateway = options.gateways.get(row.provider);
      if (!gateway?.getStatus) continue;
      try {
        const status = await gateway.getStatus(row.provider_message_id);
        const error = status.error ? maskNumbersInText(status.error).slice(0, 200) : null;
        record.run(status.status, error, clock.now().toISOString(), row.id);
        updated += 1;
      } catch (error) {
        // Tried again at the next tick; the row stays as it was.
        log(
          `Delivery status of SMS ${row.id} (${row.provider}) not read: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    return updated;
  }

  return {
    pollOnce,
    start(intervalMs = DELIVERY_POLL_INTERVAL_MS): void {
      if (timer || pollable.length === 0) return;
      timer = setInterval(() => {
        if (running) return; // a slow provider must not pile up polls
        running = true;
        pollOnce()
          .catch((error: unknown) => log(`Delivery status poll failed: ${String(error)}`))
          .finally(() => {
            running = false;
          });
      }, intervalMs);
      timer.unref();
    },
    stop(): void {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
