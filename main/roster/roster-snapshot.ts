// One school's roster as read from an export (or the bundled demo), before it is written.
// Every importer produces this; one writer applies it (main/roster/apply-roster-snapshot.ts).

// The UAI rule's home is shared (the console checks it too); SIECLE's reader imports it here.
export { isUai } from '../../shared/roster-rules';

export interface SnapshotStudent {
  sourceId: string; // ELEVE_ID (SIECLE); names + birth date (ONDE, see onde/onde-source-ids.ts)
  familyName: string;
  usageName: string | null;
  firstName: string;
  birthDate: string; // YYYY-MM-DD
  className: string | null;
  enrolled: boolean; // false when DATE_SORTIE is set
}

export interface SnapshotGuardian {
  sourceId: string; // PERSONNE_ID (SIECLE); names + a child (ONDE, see onde/onde-source-ids.ts)
  civility: string | null;
  familyName: string;
  usageName: string | null;
  firstName: string;
  mobileE164: string | null;
}

export interface SnapshotLink {
  studentSourceId: string;
  guardianSourceId: string;
  /** 1 = représentant légal (RESP_LEGAL 1–2 maps to 1), 2 = en charge, 3 = à contacter. */
  legalLevel: number;
  relationCode: string | null;
}

export interface RosterSnapshot {
  source: 'demo' | 'siecle' | 'onde';
  school: { uai: string; name: string | null; schoolYear: number | null };
  students: SnapshotStudent[];
  guardians: SnapshotGuardian[];
  links: SnapshotLink[];
}
