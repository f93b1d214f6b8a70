import type { MobileCorrectionView } from '../../shared/desk-view';
import type { KioskDatabase } from '../database/open-database';
import { inTransaction } from '../database/in-transaction';
import type { Journal } from '../journal/journal';
import { isMobileCapable, maskPhone, normalisePhone } from '../matching/normalise-phone';
import type { Clock } from '../platform/clock';
import { staffActor, type StaffIdentity } from './desk-staff';

export type MobileCorrectionStatus = MobileCorrectionView['status'];

export type RecordMobileOutcome =
  | { ok: true; correction: MobileCorrectionView }
  | { ok: false; code: 'GUARDIAN_NOT_FOUND' | 'PHONE_INVALID' | 'MOBILE_ALREADY_REGISTERED' };

interface GuardianRow {
  id: number;
  school_uai: string;
  source_id: string;
  first_name: string;
  family_name: string;
  mobile_e164: string | null;
  gone_at: string | null;
}

const SELECT_VIEW = `
  SELECT c.guardian_id AS guardianId, g.first_name || ' ' || g.family_name AS guardianName,
         g.school_uai AS schoolUai, c.mobile_e164 AS mobile, c.export_mobile_e164 AS exportMobile,
         c.recorded_by_name AS recordedByName, c.recorded_at AS recordedAt, c.status,
         c.reviewed_at AS reviewedAt, c.superseding_mobile_e164 AS supersedingMobile
    FROM guardian_mobile_corrections c JOIN guardians g ON g.id = c.guardian_id`;

interface ViewRow {
  guardianId: number;
  guardianName: string;
  schoolUai: string;
  mobile: string;
  exportMobile: string | null;
  recordedByName: string;
  recordedAt: string;
  status: MobileCorrectionStatus;
  reviewedAt: string | null;
  supersedingMobile: string | null;
}

const toView = (row: ViewRow): MobileCorrectionView => ({
  guardianId: row.guardianId,
  guardianName: row.guardianName,
  schoolUai: row.schoolUai,
  maskedMobile: maskPhone(row.mobile),
  maskedExportMobile: row.exportMobile === null ? null : maskPhone(row.exportMobile),
  recordedByName: row.recordedByName,
  recordedAt: row.recordedAt,
  status: row.status,
  reviewedAt: row.reviewedAt,
  maskedSupersedingMobile: row.supersedingMobile === null ? null : maskPhone(row.supersedingMobile),
});

/**
 * The desk's mobile corrections: a secretary who checked a parent's identity records the mobile
 * the roster export lacks (or has wrong). The identity matcher then uses it, so the parent
 * activates by SMS at the kiosk; the next import re-applies or flags it
 * (reconcile-mobile-corrections.ts). Recording again replaces the guardian's correction.
 */
export function createMobileCorrections(db: KioskDatabase, journal: Journal, clock: Clock) {
  const guardianById = db.prepare(
    `SELECT id, school_uai, source_id, first_name, family_name, mobile_e164, gone_at
       FROM guardians WHERE id = ?`,
  );
  const upsert = db.prepare(
    `INSERT INTO guardian_mobile_corrections
       (guardian_id, mobile_e164, export_mobile_e164, recorded_by, recorded_by_name, recorded_at,
        status, reviewed_at, superseding_mobile_e164)
     VALUES (@guardianId, @mobile, @exportMobile, @staffId, @staffName, @at, 'active', NULL, NULL)
     ON CONFLICT (guardian_id) DO UPDATE SET
       mobile_e164 = excluded.mobile_e164, export_mobile_e164 = excluded.export_mobile_e164,
       recorded_by = excluded.recorded_by, recorded_by_name = excluded.recorded_by_name,
       recorded_at = excluded.recorded_at, status = 'active', reviewed_at = NULL,
       superseding_mobile_e164 = NULL`,
  );
  const viewOf = db.prepare(`${SELECT_VIEW} WHERE c.guardian_id = ?`);
  const all = db.prepare(
    `${SELECT_VIEW} ORDER BY CASE c.status WHEN 'superseded' THEN 0 WHEN 'active' THEN 1 ELSE 2 END,
                            c.recorded_at DESC, c.guardian_id`,
  );

  return {
    /** Checks, then writes the correction and its audit entry together (all or nothing). */
    record(staff: StaffIdentity, guardianId: number, typedMobile: string): RecordMobileOutcome {
      const mobile = normalisePhone(typedMobile);
      if (mobile === null || !isMobileCapable(mobile)) return { ok: false, code: 'PHONE_INVALID' };
      return inTransaction(db, (): RecordMobileOutcome => {
        const guardian = guardianById.get(guardianId) as GuardianRow | undefined;
        if (!guardian || guardian.gone_at !== null)
          return { ok: false, code: 'GUARDIAN_NOT_FOUND' };
        // The export already carries it: the parent can activate as they are.
        if (guardian.mobile_e164 === mobile)
          return { ok: false, code: 'MOBILE_ALREADY_REGISTERED' };
        const now = clock.now();
        upsert.run({
          guardianId,
          mobile,
          exportMobile: guardian.mobile_e164,
          staffId: staff.staffId,
          staffName: staff.displayName,
          at: now.toISOString(),
        });
        journal.record({
          at: now,
          type: 'guardian.mobile-corrected',
          entityId: `${guardian.school_uai}/${guardian.source_id}`,
          // The guardian as other kiosks know them (school and export id). Not the number: the
          // journal carries no phone number (personal data); a sync carries it by its own,
          // protected means, as it will the password hashes.
          payload: { schoolUai: guardian.school_uai, guardianSourceId: guardian.source_id },
          audit: {
            actor: staffActor(staff),
            guardianId,
            // The audit log names the action, not the number (masked).
            details: { staffName: staff.displayName, mobile: maskPhone(mobile) },
          },
        });
        return { ok: true, correction: toView(viewOf.get(guardianId) as ViewRow) };
      });
    },
    /** Every correction: superseded ones first (they need a look), then active, then confirmed. */
    list(): MobileCorrectionView[] {
      return (all.all() as ViewRow[]).map(toView);
    },
  };
}

export type MobileCorrections = ReturnType<typeof createMobileCorrections>;
