import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGuardianSecretFailures } from '../../../main/accounts/guardian-secret-failures';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import { createJournal } from '../../../main/journal/journal';
import { createRosterBuilder } from '../../fixtures/roster-builder';

describe('S-RATE-1 failed secrets of a guardian', () => {
  let db: KioskDatabase;
  let guardian: number;
  const row = () =>
    db.prepare('SELECT failed_secret_count, locked_at FROM guardians WHERE id = ?').get(guardian);

  beforeEach(() => {
    db = openDatabase(':memory:');
    const roster = createRosterBuilder(db);
    roster.school();
    guardian = roster.guardian({
      familyName: 'Roux',
      firstName: 'Paul',
      mobileE164: '+33612345678',
    });
  });
  afterEach(() => db.close());

  it('a right secret resets the count of a guardian who is not locked', () => {
    const failures = createGuardianSecretFailures(db, createJournal(db));
    failures.recordFailure([guardian], new Date());
    failures.recordSuccess([guardian]);
    expect(row()).toEqual({ failed_secret_count: 0, locked_at: null });
  });

  it('a right secret leaves a locked guardian locked, with their count (only the secretariat unlocks)', () => {
    const failures = createGuardianSecretFailures(db, createJournal(db));
    db.prepare('UPDATE guardians SET failed_secret_count = 99 WHERE id = ?').run(guardian);
    const now = new Date('2026-09-01T08:00:00Z');
    expect(failures.recordFailure([guardian], now)).toBe(true);
    failures.recordSuccess([guardian]);
    expect(row()).toEqual({ failed_secret_count: 100, locked_at: now.toISOString() });
    expect(failures.anyLocked([guardian])).toBe(true);
  });
});
