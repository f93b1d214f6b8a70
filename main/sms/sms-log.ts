import type { KioskDatabase } from '../database/open-database';

/**
 * The SMS log: one row per attempt, written before the send (so a crash mid-send still counts
 * toward S-RATE-2) and completed after. Never holds the text or the code. Status: 'pending'
 * (sending, or the process died meanwhile), 'accepted', 'failed' (surely not sent),
 * 'uncertain' (the provider may have taken it: see the rate limiter) or 'withheld' (a recovery
 * for nobody: nothing sent, counted by the limits like a send, S-ENUM-4).
 */
export function createSmsLog(db: KioskDatabase) {
  const insert = db.prepare(
    `INSERT INTO sms_log
       (id, created_at, flow_id, purpose, phone_e164, provider, status, identifier_key)
     VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)`,
  );
  const insertWithheld = db.prepare(
    `INSERT INTO sms_log
       (id, created_at, flow_id, purpose, phone_e164, provider, status, identifier_key)
     VALUES (?, ?, ?, ?, ?, 'none', 'withheld', ?)`,
  );
  const accepted = db.prepare(
    `UPDATE sms_log SET status = 'accepted', provider_message_id = ?,
       provider = COALESCE(?, provider) WHERE id = ?`,
  );
  const failed = db.prepare(
    "UPDATE sms_log SET status = 'failed', error_kind = ?, error_detail = ? WHERE id = ?",
  );
  const uncertain = db.prepare(
    "UPDATE sms_log SET status = 'uncertain', error_kind = ?, error_detail = ? WHERE id = ?",
  );
  const deleteBefore = db.prepare('DELETE FROM sms_log WHERE created_at < ?');
  return {
    insertPending(entry: {
      id: string;
      at: Date;
      /** null for a send outside any flow (the secretariat's test SMS). */
      flowId: string | null;
      purpose: string;
      phoneE164: string;
      provider: string;
      /** The keyed hash of the typed identifier a recovery by identifier counts against. */
      identifierKey?: string;
    }): void {
      insert.run(
        entry.id,
        entry.at.toISOString(),
        entry.flowId,
        entry.purpose,
        entry.phoneE164,
        entry.provider,
        entry.identifierKey ?? null,
      );
    },
    /**
     * S-ENUM-4: a recovery for nobody with an account sends nothing, but is logged 'withheld'
     * so the S-RATE-2 limits answer exactly as they would after a real send: against the typed
     * number, or against the typed identifier's keyed hash (an unknown identifier has no
     * number: phoneE164 null is stored as '', which no number's window matches).
     */
    insertWithheld(entry: {
      id: string;
      at: Date;
      flowId: string;
      purpose: string;
      phoneE164: string | null;
      identifierKey?: string;
    }): void {
      insertWithheld.run(
        entry.id,
        entry.at.toISOString(),
        entry.flowId,
        entry.purpose,
        entry.phoneE164 ?? '',
        entry.identifierKey ?? null,
      );
    },
    /** `provider` when another gateway than the logged one took it (a fallback). */
    markAccepted(id: string, providerMessageId: string, provider?: string): void {
      accepted.run(providerMessageId, provider ?? null, id);
    },
    /** The provider surely did not take it (refused, unreachable before sending). */
    markFailed(id: string, kind: string, detail: string): void {
      failed.run(kind, detail, id);
    },
    /** The send gave up while the provider may still have taken it. */
    markUncertain(id: string, kind: string, detail: string): void {
      uncertain.run(kind, detail, id);
    },
    /** Retention: deletes rows logged before `before`. */
    deleteBefore(before: Date): number {
      return deleteBefore.run(before.toISOString()).changes;
    },
  };
}

export type SmsLog = ReturnType<typeof createSmsLog>;
