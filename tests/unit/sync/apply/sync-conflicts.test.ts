import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acknowledgeConflict, listOpenConflicts } from '../../../../main/sync/apply/sync-conflicts';
import { createHarness, type Harness } from '../../../integration/core/core-harness';
import { applyPage, dupontRoster, enrol, PATRICK, pulled, UAI } from './sync-apply-harness';

describe('conflicts the hub recorded, for the secretariat', () => {
  let h: Harness;
  const conflictId = randomUUID();
  const detail = {
    keptIdentifier: 'patrick.dupont20001',
    retiredIdentifier: 'patrick.dupont30001',
  };
  beforeEach(() => {
    h = createHarness();
    enrol(h, 3);
    applyPage(h, [pulled({ type: 'roster.imported', snapshot: dupontRoster() })]);
  });
  afterEach(() => h.close());

  const recordConflict = (id: string, guardian: typeof PATRICK | null) =>
    pulled(
      {
        type: 'conflict.recorded',
        conflictId: id,
        kind: 'same-guardian-activated-twice',
        guardian,
        detail,
      },
      null,
    );

  it('are listed with the guardian as the console names them, and audited by sync', () => {
    applyPage(h, [recordConflict(conflictId, PATRICK)]);
    const guardianId = h.db
      .prepare('SELECT id FROM guardians WHERE school_uai = ? AND source_id = ?')
      .pluck()
      .get(UAI, PATRICK.sourceId);
    expect(listOpenConflicts(h.db)).toEqual([
      {
        id: conflictId,
        kind: 'same-guardian-activated-twice',
        recordedAt: h.clock.now().toISOString(),
        guardian: { id: guardianId, displayName: 'DUPONT Patrick' },
        detail,
      },
    ]);
    expect(
      h.db
        .prepare("SELECT actor, guardian_id FROM audit_log WHERE action = 'conflict.recorded'")
        .all(),
    ).toEqual([{ actor: 'sync', guardian_id: guardianId }]);
  });

  it('a conflict about someone this kiosk does not hold is listed without a guardian', () => {
    applyPage(h, [recordConflict(conflictId, { schoolUai: UAI, sourceId: 'P-GONE' })]);
    expect(listOpenConflicts(h.db)).toMatchObject([{ id: conflictId, guardian: null }]);
  });

  it('acknowledged by a secretary, it leaves the list; the audit log says who', () => {
    applyPage(h, [recordConflict(conflictId, PATRICK)]);
    expect(acknowledgeConflict(h.db, conflictId, 'staff:42', h.clock.now())).toEqual({
      ok: true,
      value: undefined,
    });
    expect(listOpenConflicts(h.db)).toEqual([]);
    expect(
      h.db.prepare("SELECT actor FROM audit_log WHERE action = 'conflict.acknowledged'").all(),
    ).toEqual([{ actor: 'staff:42' }]);
    // Again: nothing more; pulled again: it does not come back.
    acknowledgeConflict(h.db, conflictId, 'staff:43', h.clock.now());
    applyPage(h, [recordConflict(conflictId, PATRICK)]);
    expect(listOpenConflicts(h.db)).toEqual([]);
    expect(
      h.db.prepare("SELECT count(*) FROM audit_log WHERE action LIKE 'conflict.%'").pluck().get(),
    ).toBe(2);
  });

  it('an unknown conflict is refused', () => {
    expect(acknowledgeConflict(h.db, randomUUID(), 'staff:42', h.clock.now())).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT_NOT_FOUND' },
    });
  });
});
