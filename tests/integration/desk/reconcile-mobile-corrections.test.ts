import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import { createMobileCorrections } from '../../../main/desk/mobile-corrections';
import { reconcileMobileCorrections } from '../../../main/roster/reconcile-mobile-corrections';
import { createIdentityMatcher } from '../../../main/flows/identity-checks/identity-matcher';
import { createJournal } from '../../../main/journal/journal';
import { applyRosterSnapshot } from '../../../main/roster/apply-roster-snapshot';
import type { RosterSnapshot } from '../../../main/roster/roster-snapshot';
import { SECRETARY } from './desk-staff-fixture';

const UAI = '0750001A';
const EXPORT_MOBILE = '+33612345678';
const DESK_MOBILE = '+33698765432';
const NEW_EXPORT_MOBILE = '+33644556677';

const clock = { now: () => new Date('2025-10-06T08:00:00.000Z') };

function snapshot(mobileE164: string | null): RosterSnapshot {
  return {
    source: 'siecle',
    school: { uai: UAI, name: 'Collège Jean Moulin', schoolYear: 2025 },
    students: [
      {
        sourceId: 'E1',
        familyName: 'DUPONT',
        usageName: null,
        firstName: 'Léa',
        birthDate: '2014-03-07',
        className: '6A',
        enrolled: true,
      },
    ],
    guardians: [
      {
        sourceId: 'P1',
        civility: 'M.',
        familyName: 'DUPONT',
        usageName: null,
        firstName: 'Patrick',
        mobileE164,
      },
    ],
    links: [{ studentSourceId: 'E1', guardianSourceId: 'P1', legalLevel: 1, relationCode: '10' }],
  };
}

let db: KioskDatabase;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

const patrickId = () =>
  db.prepare("SELECT id FROM guardians WHERE source_id = 'P1'").pluck().get() as number;
const status = () =>
  db
    .prepare(
      'SELECT status, superseding_mobile_e164 AS superseding FROM guardian_mobile_corrections',
    )
    .get();
const matches = (phoneE164: string) =>
  createIdentityMatcher(db)({ lastName: 'Dupont', firstName: 'Patrick', phoneE164 }).kind;
const importExport = (mobile: string | null) =>
  applyRosterSnapshot(db, snapshot(mobile), { clock, actor: 'cli' });

function recordAtDesk(exportMobile: string | null): void {
  importExport(exportMobile);
  const outcome = createMobileCorrections(db, createJournal(db), clock).record(
    SECRETARY,
    patrickId(),
    DESK_MOBILE,
  );
  expect(outcome.ok).toBe(true);
}

describe('mobile corrections at the next roster import', () => {
  it('are re-applied while the export still lacks a number, and the import stays a no-op', () => {
    recordAtDesk(null);
    const again = importExport(null);
    expect(again.changed).toBe(false);
    expect(status()).toEqual({ status: 'active', superseding: null });
    expect(matches(DESK_MOBILE)).toBe('matched');
  });

  it('are re-applied while the export still has the other number it had', () => {
    recordAtDesk(EXPORT_MOBILE);
    importExport(EXPORT_MOBILE);
    expect(status()).toEqual({ status: 'active', superseding: null });
    expect(matches(DESK_MOBILE)).toBe('matched');
    expect(matches(EXPORT_MOBILE)).toBe('none');
  });

  it('are re-applied when the export drops the number it had', () => {
    recordAtDesk(EXPORT_MOBILE);
    importExport(null);
    expect(status()).toEqual({ status: 'active', superseding: null });
    expect(matches(DESK_MOBILE)).toBe('matched');
  });

  it('are confirmed when the export now carries the same number (still matches)', () => {
    recordAtDesk(null);
    importExport(DESK_MOBILE);
    expect(status()).toEqual({ status: 'confirmed', superseding: null });
    expect(matches(DESK_MOBILE)).toBe('matched');
  });

  it('are flagged as superseded when the export now carries a different number: the export wins', () => {
    recordAtDesk(EXPORT_MOBILE);
    importExport(NEW_EXPORT_MOBILE);
    expect(status()).toEqual({ status: 'superseded', superseding: NEW_EXPORT_MOBILE });
    expect(matches(NEW_EXPORT_MOBILE)).toBe('matched');
    expect(matches(DESK_MOBILE)).toBe('none');
    const [listed] = createMobileCorrections(db, createJournal(db), clock).list();
    expect(listed).toMatchObject({
      status: 'superseded',
      maskedSupersedingMobile: '06 •• •• •• 77',
    });
    const audit = db
      .prepare(
        "SELECT actor, guardian_id AS guardianId FROM audit_log WHERE action = 'guardian.mobile-correction-superseded'",
      )
      .all();
    expect(audit).toEqual([{ actor: 'cli', guardianId: patrickId() }]);
  });

  it('reconciles on its own: counts per outcome, other schools untouched', () => {
    recordAtDesk(EXPORT_MOBILE);
    db.prepare('UPDATE guardians SET mobile_e164 = ?').run(NEW_EXPORT_MOBILE);
    const journal = createJournal(db);
    const now = clock.now();
    expect(
      reconcileMobileCorrections(db, { schoolUai: '0750002B', now, actor: 'cli', journal }),
    ).toEqual({
      reapplied: 0,
      confirmed: 0,
      superseded: 0,
    });
    expect(status()).toEqual({ status: 'active', superseding: null });
    expect(reconcileMobileCorrections(db, { schoolUai: UAI, now, actor: 'cli', journal })).toEqual({
      reapplied: 0,
      confirmed: 0,
      superseded: 1,
    });
    // Once reviewed, a correction is no longer reconciled.
    expect(reconcileMobileCorrections(db, { schoolUai: UAI, now, actor: 'cli', journal })).toEqual({
      reapplied: 0,
      confirmed: 0,
      superseded: 0,
    });
  });
});
