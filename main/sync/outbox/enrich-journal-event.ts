// Turns one journal event into the change the hub receives, adding what the journal never holds
// (S-PWD-4: no hash, no phone number) from the kiosk's tables at push time, inside TLS
// (S-SYNC-4). Reading at push time means the newest state goes up: an account created then given
// a new password pushes the new hash twice, which the hub applies in order to the same end.
import { syncedChangeSchema, type SyncedChange } from '../../../shared/sync/sync-protocol';
import type { KioskDatabase } from '../../database/open-database';
import type { PushedJournalType } from './pushed-journal-types';
import type { RosterSnapshotReader } from './read-roster-snapshot';

export interface JournalEventRow {
  seq: number;
  id: string;
  at: string;
  type: PushedJournalType;
  entity_id: string;
  payload: string;
  /** The pull cursor when the event was made; null if journaled before the kiosk joined a hub. */
  seen_version: number | null;
}

export type Enrichment =
  | { ok: true; change: SyncedChange }
  /** Nothing to push any more (the account or guardian was purged since) or not pushable. */
  | { ok: false; message: string };

interface GuardianPayload {
  schoolUai?: unknown;
  guardianSourceId?: unknown;
}

const guardianRef = (payload: GuardianPayload) => ({
  schoolUai: payload.schoolUai,
  sourceId: payload.guardianSourceId,
});

export function createJournalEventEnricher(db: KioskDatabase, rosters: RosterSnapshotReader) {
  const account = db.prepare(
    'SELECT password_hash AS passwordHash, must_change_password AS mustChange FROM accounts WHERE id = ?',
  );
  const correctedMobile = db.prepare(
    `SELECT c.mobile_e164 AS mobile FROM guardian_mobile_corrections c
       JOIN guardians g ON g.id = c.guardian_id
      WHERE g.school_uai = ? AND g.source_id = ?`,
  );

  const accountSecrets = (accountId: unknown) =>
    typeof accountId === 'string'
      ? (account.get(accountId) as { passwordHash: string; mustChange: number } | undefined)
      : undefined;

  /** The change before validation, or why there is none. */
  function build(row: JournalEventRow, payload: Record<string, unknown>): unknown {
    switch (row.type) {
      case 'account.created': {
        const secrets = accountSecrets(payload.accountId);
        if (!secrets) return `account ${String(payload.accountId)} no longer exists`;
        return {
          type: row.type,
          accountId: payload.accountId,
          identifier: payload.identifier,
          firstName: payload.firstName,
          passwordHash: secrets.passwordHash,
          mustChangePassword: secrets.mustChange === 1,
          guardians: payload.guardians,
          students: payload.students,
        };
      }
      case 'account.password-changed': {
        const secrets = accountSecrets(payload.accountId);
        if (!secrets) return `account ${String(payload.accountId)} no longer exists`;
        return {
          type: row.type,
          accountId: payload.accountId,
          passwordHash: secrets.passwordHash,
          mustChangePassword: secrets.mustChange === 1,
        };
      }
      case 'guardian.locked':
      case 'guardian.unlocked':
        return { type: row.type, guardian: guardianRef(payload) };
      case 'guardian.mobile-corrected': {
        const found = correctedMobile.get(payload.schoolUai, payload.guardianSourceId) as
          { mobile: string } | undefined;
        if (!found) return 'the guardian or the correction no longer exists';
        return { type: row.type, guardian: guardianRef(payload), mobileE164: found.mobile };
      }
      case 'wrong-link.reported':
        return {
          type: row.type,
          reportId: payload.reportId,
          guardian: payload.guardian,
          student: payload.student,
        };
      case 'wrong-link.handled':
        // The comment stays on this kiosk: it may name people.
        return { type: row.type, reportId: payload.reportId };
      case 'roster.imported': {
        const reading = rosters.read(row.entity_id);
        if (!reading.ok) return reading.message;
        return { type: row.type, snapshot: reading.snapshot };
      }
    }
  }

  return function enrich(row: JournalEventRow): Enrichment {
    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(row.payload) as Record<string, unknown>;
    } catch {
      return { ok: false, message: `event ${row.seq} has a payload that is not JSON` };
    }
    const built = build(row, payload);
    if (typeof built === 'string') return { ok: false, message: `event ${row.seq}: ${built}` };
    // Checked against the wire format here: a change the hub would refuse would block the whole
    // outbox behind it for ever.
    const parsed = syncedChangeSchema.safeParse(built);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        message: `event ${row.seq} (${row.type}) does not fit the wire format at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
      };
    }
    return { ok: true, change: parsed.data };
  };
}
