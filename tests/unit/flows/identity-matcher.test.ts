import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import { createIdentityMatcher } from '../../../main/flows/identity-checks/identity-matcher';
import { normalisePhone } from '../../../main/matching/normalise-phone';
import { createRosterBuilder } from '../../fixtures/roster-builder';

const MOBILE = '+33612345678';

describe('identity matching (S-ENUM-2)', () => {
  let db: KioskDatabase;
  let match: ReturnType<typeof createIdentityMatcher>;
  let helene: number;

  beforeEach(() => {
    db = openDatabase(':memory:');
    const roster = createRosterBuilder(db);
    roster.school();
    const child = roster.student({ firstName: 'Léa', birthDate: '2014-03-07' });
    helene = roster.guardian({
      familyName: "LEFÈVRE-D'ARC",
      usageName: 'MARTIN',
      firstName: 'Hélène Marie',
      mobileE164: MOBILE,
    });
    roster.link(helene, child);
    match = createIdentityMatcher(db);
  });
  afterEach(() => db.close());

  /** The matched guardian ids, [] for nobody, or 'ambiguous'. */
  const typed = (lastName: string, firstName: string, mobile: string) => {
    const result = match({ lastName, firstName, phoneE164: normalisePhone(mobile) ?? 'invalid' });
    if (result.kind === 'matched') return result.guardians.map((g) => g.id);
    return result.kind === 'none' ? [] : 'ambiguous';
  };

  it.each([
    ["Lefèvre-d'Arc", 'Hélène', '06 12 34 56 78'],
    ['LEFEVRE D ARC', 'helene', '0612345678'],
    ['  lefevre  d’arc ', 'HÉLÈNE MARIE', '+33 6 12 34 56 78'],
    ['Lefevre-d-Arc', 'Helene-Marie', '0033612345678'],
    ['martin', 'hélène', '06.12.34.56.78'],
  ])('matches %j %j %j', (lastName, firstName, mobile) => {
    expect(typed(lastName, firstName, mobile)).toEqual([helene]);
  });

  it.each([
    ['Lefèvre', 'Hélène', '06 12 34 56 78'], // part of the family name only
    ["Lefèvre-d'Arc", 'Marie', '06 12 34 56 78'], // second first name alone
    ["Lefèvre-d'Arc", 'Hélèna', '06 12 34 56 78'], // a different letter
    ["Lefèvre-d'Arc", 'Hélène', '06 12 34 56 79'], // a different number
    ["Lefèvre-d'Arc", 'Hélène', '07 12 34 56 78'],
  ])('does not match %j %j %j', (lastName, firstName, mobile) => {
    expect(typed(lastName, firstName, mobile)).toEqual([]);
  });

  it('needs a legal (level 1) link to an enrolled student', () => {
    const roster = createRosterBuilder(db);
    const left = roster.student({ firstName: 'Tom', birthDate: '2010-01-01', enrolled: false });
    const other = roster.guardian({ familyName: 'Roux', firstName: 'Paul', mobileE164: MOBILE });
    roster.link(other, left, 1);
    const current = roster.student({ firstName: 'Zoé', birthDate: '2012-01-01' });
    roster.link(other, current, 2); // "en charge", not legal guardian
    expect(typed('Roux', 'Paul', '0612345678')).toEqual([]);
  });

  it('returns every school row of the same person', () => {
    const roster = createRosterBuilder(db);
    roster.school({ uai: '0750002B', name: 'Lycée Victor Hugo' });
    const big = roster.student({
      schoolUai: '0750002B',
      firstName: 'Noé',
      birthDate: '2008-05-05',
    });
    const again = roster.guardian({
      schoolUai: '0750002B',
      familyName: "Lefevre d'Arc",
      firstName: 'Helene',
      mobileE164: MOBILE,
    });
    roster.link(again, big);
    expect(typed("Lefèvre-d'Arc", 'Hélène', '0612345678')).toEqual([helene, again]);
  });

  describe('two people of one school sharing a family phone', () => {
    const addSharing = (firstName: string) => {
      const roster = createRosterBuilder(db);
      const child = roster.student({ firstName: 'Inès', birthDate: '2015-06-06' });
      const id = roster.guardian({ familyName: 'Martin', firstName, mobileE164: '+33677777777' });
      roster.link(id, child);
      return id;
    };

    it('binds the one whose whole first name was typed, never both', () => {
      const jean = addSharing('Jean');
      const jeanPierre = addSharing('Jean-Pierre');
      expect(typed('Martin', 'Jean', '0677777777')).toEqual([jean]);
      expect(typed('Martin', 'Jean-Pierre', '0677777777')).toEqual([jeanPierre]);
    });

    it('binds nobody when the typed names fit both', () => {
      addSharing('Marie-Thérèse');
      addSharing('Marie-Claire');
      expect(typed('Martin', 'Marie', '0677777777')).toBe('ambiguous');
      expect(typed('Martin', 'Marie Claire', '0677777777')).toHaveLength(1);
    });

    it('one row of that person per school is still the same person', () => {
      const roster = createRosterBuilder(db);
      roster.school({ uai: '0750003C', name: 'Lycée Colbert' });
      const jean = addSharing('Jean');
      addSharing('Jean-Pierre');
      const older = roster.student({
        schoolUai: '0750003C',
        firstName: 'Luc',
        birthDate: '2007-01-01',
      });
      const jeanAtLycee = roster.guardian({
        schoolUai: '0750003C',
        familyName: 'Martin',
        firstName: 'Jean',
        mobileE164: '+33677777777',
      });
      roster.link(jeanAtLycee, older);
      expect(typed('Martin', 'Jean', '0677777777')).toEqual([jean, jeanAtLycee]);
    });
  });

  it('looks guardians up through the mobile index', () => {
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM guardians WHERE mobile_e164 = ?')
      .all(MOBILE) as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toMatch(/USING (COVERING )?INDEX guardians_by_mobile/);
  });

  describe('S-ENUM-2 missing separators and compound first names', () => {
    const add = (familyName: string, firstName: string, mobileE164: string) => {
      const roster = createRosterBuilder(db);
      const child = roster.student({ firstName: 'Noa', birthDate: '2013-02-02' });
      const id = roster.guardian({ familyName, firstName, mobileE164 });
      roster.link(id, child);
      return id;
    };

    it.each([
      ["D'Arc", 'Jeanne', 'DARC', 'Jeanne'],
      ["O'Neil", 'Sean', 'ONEIL', 'sean'],
      ['Le Gall', 'Yann', 'LEGALL', 'Yann'],
      ['LEGALL', 'Yann', 'Le Gall', 'Yann'],
      ['Martin', 'Jean-Pierre Marie', 'Martin', 'Jean-Pierre'],
      ['Martin', 'Jean-Pierre Marie', 'Martin', 'JEANPIERRE'],
      ['Martin', 'Jean-Pierre Marie', 'Martin', 'Jean Pierre Marie'],
      ['Martin', 'Anne Sophie', 'Martin', 'Anne-Sophie'],
    ])('roster %j %j is found when typed %j %j', (family, first, typedLast, typedFirst) => {
      const id = add(family, first, '+33655555555');
      expect(typed(typedLast, typedFirst, '0655555555')).toEqual([id]);
    });

    it.each([
      ['Martin', 'Jean-Pierre Marie', 'Martin', 'Marie'], // not a leading run
      ['Martin', 'Jean-Pierre Marie', 'Martin', 'Pierre Marie'],
      ['Martin', 'Jean-Pierre Marie', 'Martin', 'Jean-Pierre Mari'],
      ['Le Gall', 'Yann', 'Gall', 'Yann'],
      ["D'Arc", 'Jeanne', 'DARCY', 'Jeanne'],
    ])('roster %j %j is not found when typed %j %j', (family, first, typedLast, typedFirst) => {
      add(family, first, '+33655555555');
      expect(typed(typedLast, typedFirst, '0655555555')).toEqual([]);
    });

    it('is still never tolerant of a different number', () => {
      add('Le Gall', 'Yann', '+33655555555');
      expect(typed('LEGALL', 'Yann', '0655555556')).toEqual([]);
    });
  });
});
