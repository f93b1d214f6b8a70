/*
 * The bundled fictional roster, loaded when the kiosk has no school yet (demo mode). Every
 * person is invented; testers use this table. Mobiles are typed as on the kiosk keypad.
 * Classes: 6e A, 6e B, 5e A, 5e B, 4e A, 4e B, 3e A, 3e B. School year 2025–2026.
 *
 * | Persona                      | Guardian (civility, first name, family / usage name) | Mobile         | Level | Children (first name family name, birth date, class)                       |
 * |------------------------------|------------------------------------------------------|----------------|-------|-----------------------------------------------------------------------------|
 * | Shared family phone (1/2)    | MME Sophie MARTIN                                    | 06 12 34 56 01 | 1     | Léa Martin-Benali 14/03/2013 5e A                                          |
 * | Shared family phone (2/2)    | M. Karim BENALI                                      | 06 12 34 56 01 | 1     | Léa Martin-Benali 14/03/2013 5e A                                          |
 * | Homonym 1 (patrick.dupont1)  | M. Patrick DUPONT                                    | 06 12 34 56 02 | 1     | Lucas Dupont 02/05/2012 4e B                                               |
 * | Homonym 2 (patrick.dupont2)  | M. Patrick DUPONT                                    | 06 12 34 56 03 | 1     | Emma Dupont 21/09/2014 6e A                                                |
 * | Parent of three              | MME Nadia HADDAD                                     | 06 12 34 56 04 | 1     | Yasmine Haddad 10/01/2011 3e A; Rayan Haddad 30/07/2013 5e B; Inès Haddad 05/11/2014 6e B |
 * | Accents, compound, usage name| MME Marie-Hélène LEFÈVRE, usage name Lefèvre-Nguyen  | 06 12 34 56 05 | 1     | Théo Nguyen 29/02/2012 4e A                                                |
 * | Apostrophe                   | MME Zoé D'ARCY                                       | 07 81 23 45 06 | 1     | Chloé d'Arcy 18/06/2013 5e A                                               |
 * | Level 2, cannot activate     | M. Gérard PETIT (grandfather, personne en charge)   | 06 12 34 56 07 | 2     | Jules Petit 12/04/2014 6e A                                                |
 * | Jules's legal guardian       | MME Claire PETIT                                     | 06 12 34 56 08 | 1     | Jules Petit 12/04/2014 6e A                                                |
 * | A child who left             | MME Camille ROUX                                     | 06 12 34 56 09 | 1     | Hugo Roux 08/08/2011 3e B; Manon Roux 01/12/2010 (left: not enrolled)      |
 * | Wrongly linked child ("non") | MME Isabelle FONTAINE                                | 06 12 34 56 10 | 1     | Louise Fontaine 03/10/2013 5e B; Adam Girard 24/12/2012 4e B (wrong link)  |
 * | No mobile number             | M. Thomas GIRARD                                     | (none)         | 1     | Adam Girard 24/12/2012 4e B                                                |
 */
import type {
  RosterSnapshot,
  SnapshotGuardian,
  SnapshotLink,
  SnapshotStudent,
} from '../roster/roster-snapshot';

export const DEMO_SCHOOL_UAI = '0000000D';

const student = (
  sourceId: string,
  firstName: string,
  familyName: string,
  birthDate: string,
  className: string | null,
  enrolled = true,
): SnapshotStudent => ({
  sourceId,
  familyName,
  usageName: null,
  firstName,
  birthDate,
  className,
  enrolled,
});

const guardian = (
  sourceId: string,
  civility: 'MME' | 'M.',
  firstName: string,
  familyName: string,
  mobileE164: string | null,
  usageName: string | null = null,
): SnapshotGuardian => ({ sourceId, civility, familyName, usageName, firstName, mobileE164 });

// CODE_PARENTE: 10 mère, 20 père, 38 ascendant.
const link = (
  guardianSourceId: string,
  studentSourceId: string,
  relationCode: string,
  legalLevel = 1,
): SnapshotLink => ({
  guardianSourceId,
  studentSourceId,
  legalLevel,
  relationCode,
});

export const DEMO_ROSTER: RosterSnapshot = {
  source: 'demo',
  school: { uai: DEMO_SCHOOL_UAI, name: 'Collège de démonstration Jean Moulin', schoolYear: 2025 },
  students: [
    student('DEMO-E01', 'Léa', 'Martin-Benali', '2013-03-14', '5e A'),
    student('DEMO-E02', 'Lucas', 'Dupont', '2012-05-02', '4e B'),
    student('DEMO-E03', 'Emma', 'Dupont', '2014-09-21', '6e A'),
    student('DEMO-E04', 'Yasmine', 'Haddad', '2011-01-10', '3e A'),
    student('DEMO-E05', 'Rayan', 'Haddad', '2013-07-30', '5e B'),
    student('DEMO-E06', 'Inès', 'Haddad', '2014-11-05', '6e B'),
    student('DEMO-E07', 'Théo', 'Nguyen', '2012-02-29', '4e A'),
    student('DEMO-E08', 'Chloé', "d'Arcy", '2013-06-18', '5e A'),
    student('DEMO-E09', 'Jules', 'Petit', '2014-04-12', '6e A'),
    student('DEMO-E10', 'Hugo', 'Roux', '2011-08-08', '3e B'),
    student('DEMO-E11', 'Manon', 'Roux', '2010-12-01', null, false),
    student('DEMO-E12', 'Louise', 'Fontaine', '2013-10-03', '5e B'),
    student('DEMO-E13', 'Adam', 'Girard', '2012-12-24', '4e B'),
  ],
  guardians: [
    guardian('DEMO-P01', 'MME', 'Sophie', 'Martin', '+33612345601'),
    guardian('DEMO-P02', 'M.', 'Karim', 'Benali', '+33612345601'),
    guardian('DEMO-P03', 'M.', 'Patrick', 'Dupont', '+33612345602'),
    guardian('DEMO-P04', 'M.', 'Patrick', 'Dupont', '+33612345603'),
    guardian('DEMO-P05', 'MME', 'Nadia', 'Haddad', '+33612345604'),
    guardian('DEMO-P06', 'MME', 'Marie-Hélène', 'Lefèvre', '+33612345605', 'Lefèvre-Nguyen'),
    guardian('DEMO-P07', 'MME', 'Zoé', "d'Arcy", '+33781234506'),
    guardian('DEMO-P08', 'M.', 'Gérard', 'Petit', '+33612345607'),
    guardian('DEMO-P09', 'MME', 'Claire', 'Petit', '+33612345608'),
    guardian('DEMO-P10', 'MME', 'Camille', 'Roux', '+33612345609'),
    guardian('DEMO-P11', 'MME', 'Isabelle', 'Fontaine', '+33612345610'),
    guardian('DEMO-P12', 'M.', 'Thomas', 'Girard', null),
  ],
  links: [
    link('DEMO-P01', 'DEMO-E01', '10'),
    link('DEMO-P02', 'DEMO-E01', '20'),
    link('DEMO-P03', 'DEMO-E02', '20'),
    link('DEMO-P04', 'DEMO-E03', '20'),
    link('DEMO-P05', 'DEMO-E04', '10'),
    link('DEMO-P05', 'DEMO-E05', '10'),
    link('DEMO-P05', 'DEMO-E06', '10'),
    link('DEMO-P06', 'DEMO-E07', '10'),
    link('DEMO-P07', 'DEMO-E08', '10'),
    link('DEMO-P08', 'DEMO-E09', '38', 2),
    link('DEMO-P09', 'DEMO-E09', '10'),
    link('DEMO-P10', 'DEMO-E10', '10'),
    link('DEMO-P10', 'DEMO-E11', '10'),
    link('DEMO-P11', 'DEMO-E12', '10'),
    // Deliberately wrong: Adam is the Girards' son, linked to Isabelle Fontaine by mistake.
    link('DEMO-P11', 'DEMO-E13', '10'),
    link('DEMO-P12', 'DEMO-E13', '20'),
  ],
};
