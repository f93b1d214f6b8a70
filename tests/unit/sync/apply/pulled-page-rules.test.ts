import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PulledChange } from '../../../../shared/sync/sync-protocol';
import { createHarness, type Harness } from '../../../integration/core/core-harness';
import { createFirstStaff } from '../../../integration/console/console-harness';
import {
  applyPage,
  count,
  dupontRoster,
  enrol,
  hashAsAnotherKiosk,
  HUGO,
  LEA,
  PATRICK,
  pullCursor,
  pulled,
  UAI,
} from './sync-apply-harness';

const patrickId = (h: Harness): number =>
  h.db
    .prepare('SELECT id FROM guardians WHERE school_uai = ? AND source_id = ?')
    .pluck()
    .get(UAI, PATRICK.sourceId) as number;

describe('a pulled page is applied entirely or not at all', () => {
  let h: Harness;
  beforeEach(() => {
    h = createHarness();
    enrol(h, 3);
  });
  afterEach(() => h.close());

  it('S-SYNC-6 one invalid change refuses the page: nothing applied, the cursor stays', () => {
    const invalid = {
      ...pulled({ type: 'guardian.locked', guardian: PATRICK }),
      // As a compromised or buggy hub might send it: not an identifier.
      change: { type: 'identifier.reserved', guardian: PATRICK, identifier: 'Patrick Dupont' },
    } as unknown as PulledChange;
    const result = applyPage(h, [
      pulled({ type: 'roster.imported', snapshot: dupontRoster() }),
      invalid,
    ]);
    expect(result).toMatchObject({ ok: false, error: { code: 'SYNC_CHANGE_INVALID' } });
    expect(count(h, 'schools')).toBe(0);
    expect(count(h, 'guardians')).toBe(0);
    expect(count(h, "audit_log WHERE actor = 'sync'")).toBe(0);
    expect(pullCursor(h)).toBe(0);
  });

  it('S-SYNC-6 a change of an unknown type is refused the same way', () => {
    const unknown = {
      ...pulled({ type: 'guardian.locked', guardian: PATRICK }),
      change: { type: 'account.deleted', accountId: '5d0f0c2e-8d51-4c47-9a36-0d2b1b6a7e11' },
    } as unknown as PulledChange;
    expect(applyPage(h, [unknown])).toMatchObject({ ok: false });
    expect(pullCursor(h)).toBe(0);
  });

  it('the same page applied twice changes nothing more', () => {
    const page = [
      pulled({ type: 'roster.imported', snapshot: dupontRoster() }),
      pulled({ type: 'identifier.reserved', guardian: PATRICK, identifier: 'patrick.dupont7' }),
      pulled({ type: 'guardian.locked', guardian: PATRICK }),
      pulled({ type: 'guardian.mobile-corrected', guardian: PATRICK, mobileE164: '+33698765432' }),
    ];
    expect(applyPage(h, page)).toEqual({ ok: true, value: { applied: 4, skipped: 0 } });
    const snapshot = () =>
      h.db
        .prepare(
          `SELECT (SELECT count(*) FROM audit_log) AS audits, (SELECT count(*) FROM events) AS events,
                  (SELECT group_concat(locked_at) FROM guardians) AS locks,
                  (SELECT group_concat(mobile_e164) FROM guardian_mobile_corrections) AS mobiles,
                  (SELECT group_concat(identifier) FROM identifier_reservations) AS reserved`,
        )
        .get();
    const before = snapshot();
    h.clock.advanceSeconds(60);
    expect(applyPage(h, page)).toEqual({ ok: true, value: { applied: 0, skipped: 4 } });
    expect(snapshot()).toEqual(before);
  });
});

describe('the skip rule: a local change not yet pushed wins over a pulled one', () => {
  let h: Harness;
  beforeEach(() => {
    h = createHarness();
    enrol(h, 3);
    applyPage(h, [
      pulled({ type: 'roster.imported', snapshot: dupontRoster() }),
      pulled({ type: 'guardian.locked', guardian: PATRICK }),
    ]);
  });
  afterEach(() => h.close());

  const lockedAt = () =>
    h.db.prepare('SELECT locked_at FROM guardians WHERE id = ?').pluck().get(patrickId(h));

  it('a lock pulled while this kiosk has an unpushed unlock is skipped, then applied once pushed', async () => {
    await createFirstStaff(h);
    await h.okCall('console.unlockGuardian', { guardianId: patrickId(h) }, 'console-1');
    const concurrentLock = pulled({ type: 'guardian.locked', guardian: PATRICK });

    expect(applyPage(h, [concurrentLock])).toEqual({ ok: true, value: { applied: 0, skipped: 1 } });
    expect(lockedAt()).toBeNull();

    // The hub acknowledged the unlock: a lock pulled after it is the hub's later word.
    const lastSeq = h.db.prepare('SELECT max(seq) FROM events').pluck().get() as number;
    h.db.prepare('UPDATE hub_link SET pushed_through_seq = ?').run(lastSeq);
    expect(applyPage(h, [concurrentLock])).toEqual({ ok: true, value: { applied: 1, skipped: 0 } });
    expect(lockedAt()).not.toBeNull();
  });

  it('a mobile pulled while the desk recorded another one here is skipped', async () => {
    await createFirstStaff(h);
    await h.okCall(
      'console.recordMobile',
      { guardianId: patrickId(h), mobile: '06 55 44 33 22' },
      'console-1',
    );
    expect(
      applyPage(h, [
        pulled({
          type: 'guardian.mobile-corrected',
          guardian: PATRICK,
          mobileE164: '+33698765432',
        }),
      ]),
    ).toEqual({ ok: true, value: { applied: 0, skipped: 1 } });
    expect(
      h.db.prepare('SELECT mobile_e164 FROM guardian_mobile_corrections').pluck().all(),
    ).toEqual(['+33655443322']);
  });
});

describe('the skip rule for passwords', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('a password pulled while this kiosk has an unpushed password change is skipped', async () => {
    h = createHarness();
    enrol(h, 3);
    const accountId = '0c6b7c1e-2f7a-4b8e-9d1a-3e5f6a7b8c9d';
    applyPage(h, [
      pulled({ type: 'roster.imported', snapshot: dupontRoster() }),
      pulled({
        type: 'account.created',
        accountId,
        identifier: 'patrick.dupont20001',
        firstName: 'Patrick',
        passwordHash: await hashAsAnotherKiosk('premier mot de passe'),
        mustChangePassword: false,
        guardians: [PATRICK],
        students: [LEA, HUGO],
      }),
    ]);
    await h.okCall('login.submit', {
      identifier: 'patrick.dupont20001',
      password: 'premier mot de passe',
    });
    await h.okCall('account.changePassword', {
      currentPassword: 'premier mot de passe',
      password: 'choisi ici au kiosque',
      confirmation: 'choisi ici au kiosque',
    });
    const concurrent = pulled({
      type: 'account.password-changed',
      accountId,
      passwordHash: await hashAsAnotherKiosk('choisi sur une autre borne'),
      mustChangePassword: false,
    });
    expect(applyPage(h, [concurrent])).toEqual({ ok: true, value: { applied: 0, skipped: 1 } });
    // This kiosk's password stays until the hub, which orders ours after, says otherwise.
    expect(
      await h.call(
        'login.submit',
        { identifier: 'patrick.dupont20001', password: 'choisi ici au kiosque' },
        'session-2',
      ),
    ).toMatchObject({ ok: true });
  });
});
