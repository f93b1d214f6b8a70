import type { RosterSnapshot } from '../../../shared/sync/sync-protocol';

export interface TestGuardian {
  sourceId: string;
  firstName: string;
  familyName: string;
  usageName?: string;
  /** Legal level of the link to their child: 1 is a legal guardian (gets a reservation). */
  legalLevel?: number;
}

/** A roster snapshot of one school: each guardian with a child of their own. */
export function rosterSnapshot(uai: string, guardians: readonly TestGuardian[]): RosterSnapshot {
  return {
    school: { uai, name: `École ${uai}`, schoolYear: 2026, source: 'siecle' },
    students: guardians.map((g) => ({
      sourceId: `child-of-${g.sourceId}`,
      familyName: g.familyName,
      usageName: null,
      firstName: 'Léa',
      birthDate: '2016-03-04',
      className: 'CM1',
      enrolled: true,
    })),
    guardians: guardians.map((g) => ({
      sourceId: g.sourceId,
      civility: null,
      familyName: g.familyName,
      usageName: g.usageName ?? null,
      firstName: g.firstName,
      mobileE164: null,
    })),
    links: guardians.map((g) => ({
      guardianSourceId: g.sourceId,
      studentSourceId: `child-of-${g.sourceId}`,
      legalLevel: g.legalLevel ?? 1,
      relationCode: null,
    })),
  };
}

/** `count` guardians of a big school: French-looking names, some homonyms, a few usage names. */
export function manyGuardians(count: number, prefix = 'g'): TestGuardian[] {
  const firstNames = ['Patrick', 'Marie', 'Nadia', 'Karim', 'Sophie', 'Jean-Pierre', 'Élodie'];
  return Array.from({ length: count }, (_, i) => ({
    sourceId: `${prefix}${i}`,
    firstName: firstNames[i % firstNames.length] ?? 'Anne',
    familyName: `Famille${Math.floor(i / 3)}`,
    ...(i % 11 === 0 ? { usageName: `Usage${i % 97}` } : {}),
  }));
}
