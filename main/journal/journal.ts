import { randomUUID } from 'node:crypto';
import type { KioskDatabase } from '../database/open-database';

/**
 * Writes an append-only event (for the later sync) and, when given, an audit entry. Call it
 * inside the transaction that makes the change, so both land or neither does.
 */
export interface JournalEntry {
  at: Date;
  type: string; // 'account.created', 'wrong-link.reported', …
  entityId: string;
  /** Synced payload: never a secret, password hash or code. */
  payload: Record<string, unknown>;
  audit?: { actor: string; guardianId?: number | null; details?: Record<string, unknown> };
}

export function createJournal(db: KioskDatabase) {
  // seen_version: what this kiosk had pulled from its hub when the change was made (NULL
  // before it joined one), for the hub to tell concurrent changes apart (sync.md, "Conflicts").
  const insertEvent = db.prepare(
    `INSERT INTO events (id, at, type, entity_id, payload, seen_version)
     VALUES (?, ?, ?, ?, ?, (SELECT pull_cursor FROM hub_link WHERE id = 1))`,
  );
  const insertAudit = db.prepare(
    'INSERT INTO audit_log (id, at, actor, action, guardian_id, details) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return {
    record(entry: JournalEntry): void {
      const at = entry.at.toISOString();
      insertEvent.run(randomUUID(), at, entry.type, entry.entityId, JSON.stringify(entry.payload));
      if (entry.audit) {
        insertAudit.run(
          randomUUID(),
          at,
          entry.audit.actor,
          entry.type,
          entry.audit.guardianId ?? null,
          entry.audit.details ? JSON.stringify(entry.audit.details) : null,
        );
      }
    },
    /** An audit entry with no synced event (e.g. a failed login). */
    audit(
      at: Date,
      actor: string,
      action: string,
      guardianId: number | null,
      details?: Record<string, unknown>,
    ): void {
      insertAudit.run(
        randomUUID(),
        at.toISOString(),
        actor,
        action,
        guardianId,
        details ? JSON.stringify(details) : null,
      );
    },
  };
}

export type Journal = ReturnType<typeof createJournal>;
