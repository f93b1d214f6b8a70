import { identifierKey } from '../../accounts/login-service';
import { maskPhone } from '../../matching/normalise-phone';
import type { ChangeAppliers, SyncApplyContext } from './sync-apply-context';

/** Who recorded a mobile pulled from the hub: another kiosk of the school, not a staff id here. */
export const SYNC_ACTOR = 'sync';

/**
 * A guardian locked, unlocked or given a mobile at another kiosk: the same rows a local lock
 * (guardian-secret-failures.ts), unlock (guardian-unlock.ts) or desk correction
 * (mobile-corrections.ts) writes, so every kiosk of the school refuses or lets in alike.
 */
export function createGuardianAppliers(
  context: SyncApplyContext,
): Pick<ChangeAppliers, 'guardian.locked' | 'guardian.unlocked' | 'guardian.mobile-corrected'> {
  const { db } = context;
  const lock = db.prepare('UPDATE guardians SET locked_at = ? WHERE id = ? AND locked_at IS NULL');
  const unlock = db.prepare(
    `UPDATE guardians SET locked_at = NULL, failed_secret_count = 0
      WHERE id = ? AND locked_at IS NOT NULL RETURNING account_id`,
  );
  const identifierOf = db.prepare('SELECT identifier FROM accounts WHERE id = ?');
  const liftThrottle = db.prepare('DELETE FROM login_throttle WHERE identifier_key = ?');
  const exportMobileOf = db.prepare('SELECT mobile_e164 FROM guardians WHERE id = ?');
  const currentCorrection = db.prepare(
    'SELECT mobile_e164, status FROM guardian_mobile_corrections WHERE guardian_id = ?',
  );
  // As mobile-corrections.ts records one: the export's number kept aside for the next import.
  const upsertCorrection = db.prepare(
    `INSERT INTO guardian_mobile_corrections
       (guardian_id, mobile_e164, export_mobile_e164, recorded_by, recorded_by_name, recorded_at,
        status, reviewed_at, superseding_mobile_e164)
     VALUES (?, ?, ?, '${SYNC_ACTOR}', '${SYNC_ACTOR}', ?, 'active', NULL, NULL)
     ON CONFLICT (guardian_id) DO UPDATE SET
       mobile_e164 = excluded.mobile_e164, export_mobile_e164 = excluded.export_mobile_e164,
       recorded_by = excluded.recorded_by, recorded_by_name = excluded.recorded_by_name,
       recorded_at = excluded.recorded_at, status = 'active', reviewed_at = NULL,
       superseding_mobile_e164 = NULL`,
  );

  return {
    'guardian.locked'(change) {
      const guardianId = context.guardianIdOf(change.guardian);
      if (guardianId === undefined) return 'unchanged';
      if (lock.run(context.at.toISOString(), guardianId).changes === 0) return 'unchanged';
      context.audit('guardian.locked', guardianId, {});
      return 'applied';
    },

    'guardian.unlocked'(change) {
      const guardianId = context.guardianIdOf(change.guardian);
      if (guardianId === undefined) return 'unchanged';
      const row = unlock.get(guardianId) as { account_id: string | null } | undefined;
      if (!row) return 'unchanged';
      const account = row.account_id
        ? (identifierOf.get(row.account_id) as { identifier: string } | undefined)
        : undefined;
      if (account) liftThrottle.run(identifierKey(account.identifier));
      context.audit('guardian.unlocked', guardianId, {});
      return 'applied';
    },

    'guardian.mobile-corrected'(change) {
      const guardianId = context.guardianIdOf(change.guardian);
      if (guardianId === undefined) return 'unchanged';
      const current = currentCorrection.get(guardianId) as
        { mobile_e164: string; status: string } | undefined;
      if (current?.mobile_e164 === change.mobileE164 && current.status === 'active') {
        return 'unchanged';
      }
      const exportMobile = (exportMobileOf.pluck().get(guardianId) as string | null) ?? null;
      upsertCorrection.run(guardianId, change.mobileE164, exportMobile, context.at.toISOString());
      // The audit log names the action, not the number (masked), as for a desk correction.
      context.audit('guardian.mobile-corrected', guardianId, {
        mobile: maskPhone(change.mobileE164),
      });
      return 'applied';
    },
  };
}
