import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/database/open-database';
import { DEMO_ROSTER } from '../../../main/demo/demo-roster';
import { ensureDemoRoster } from '../../../main/demo/ensure-demo-roster';
import { isMobileCapable, normalisePhone } from '../../../main/matching/normalise-phone';
import { isDemoMode } from '../../../main/roster/roster-source';

const clock = { now: () => new Date('2025-09-01T08:00:00Z') };

describe('DEMO_ROSTER', () => {
  const guardiansWith = (first: string, family: string) =>
    DEMO_ROSTER.guardians.filter((g) => g.firstName === first && g.familyName === family);
  const childrenOf = (sourceId: string, level = 1) =>
    DEMO_ROSTER.links
      .filter((l) => l.guardianSourceId === sourceId && l.legalLevel === level)
      .map((l) => DEMO_ROSTER.students.find((s) => s.sourceId === l.studentSourceId));

  it('only has valid mobiles, written as a kiosk user would type them', () => {
    for (const g of DEMO_ROSTER.guardians) {
      if (g.mobileE164 === null) continue;
      expect(normalisePhone(g.mobileE164.replace('+33', '0')), g.firstName).toBe(g.mobileE164);
      expect(isMobileCapable(g.mobileE164)).toBe(true);
    }
  });

  it('has the personas the test guide lists', () => {
    const shared = DEMO_ROSTER.guardians.filter((g) => g.mobileE164 === '+33612345601');
    expect(shared.map((g) => `${g.firstName} ${g.familyName}`)).toEqual([
      'Sophie Martin',
      'Karim Benali',
    ]);
    const patricks = guardiansWith('Patrick', 'Dupont');
    expect(new Set(patricks.map((g) => g.mobileE164)).size).toBe(2);
    const nadia = guardiansWith('Nadia', 'Haddad')[0]!;
    const nadiasChildren = childrenOf(nadia.sourceId);
    expect(nadiasChildren.map((s) => s?.firstName)).toEqual(['Yasmine', 'Rayan', 'Inès']);
    expect(new Set(nadiasChildren.map((s) => s?.className)).size).toBe(3);
    expect(nadiasChildren.every((s) => s?.enrolled)).toBe(true);
    expect(guardiansWith('Marie-Hélène', 'Lefèvre')[0]?.usageName).toBe('Lefèvre-Nguyen');
    const gerard = guardiansWith('Gérard', 'Petit')[0]!;
    expect(childrenOf(gerard.sourceId, 1)).toEqual([]);
    expect(childrenOf(gerard.sourceId, 2).map((s) => s?.firstName)).toEqual(['Jules']);
    const camille = guardiansWith('Camille', 'Roux')[0]!;
    expect(childrenOf(camille.sourceId).map((s) => [s?.firstName, s?.enrolled])).toEqual([
      ['Hugo', true],
      ['Manon', false],
    ]);
  });

  it('is loaded once into an empty database, which is then in demo mode', () => {
    const db = openDatabase(':memory:');
    expect(isDemoMode(db)).toBe(false);
    expect(ensureDemoRoster(db, clock)).toBe(true);
    expect(isDemoMode(db)).toBe(true);
    expect(db.prepare('SELECT name FROM schools').all()).toEqual([
      { name: DEMO_ROSTER.school.name },
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM guardians').get()).toEqual({
      n: DEMO_ROSTER.guardians.length,
    });
    expect(
      db
        .prepare(
          "SELECT family_name_key, usage_name_key, first_name_key FROM guardians WHERE source_id = 'DEMO-P06'",
        )
        .get(),
    ).toEqual({
      family_name_key: 'lefevre',
      usage_name_key: 'lefevre nguyen',
      first_name_key: 'marie helene',
    });
    expect(ensureDemoRoster(db, clock)).toBe(false);
    db.close();
  });
});
