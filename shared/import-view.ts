// What the console's Import section sends and receives (issue 3, "Import from a file picker"):
// the export files travel as base64 text over the IPC contract (the same JSON in Electron and
// the browser host), are staged in a private directory of the main process, then previewed and
// applied by the one roster import engine (main/roster/roster-import.ts).

/** One export file is at most this big (real SIECLE/ONDE exports are a few MB). */
export const IMPORT_FILE_MAX_BYTES = 64 * 1024 * 1024;

/** The students and guardians files (XML, zips or CSVs), with room for a stray extra one. */
export const IMPORT_MAX_FILES = 4;

/** Length of the base64 text of `bytes` bytes (with padding). */
export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;

/** A file staged in the main process, named by an opaque id (never a path). */
export interface ImportUploadView {
  fileId: string;
  /** The name as kept (sanitised): problems refer to it. */
  name: string;
  size: number;
}

/** One problem found in the files, with its place. */
export interface ImportProblemView {
  blocking: boolean;
  file: string | null;
  line: number | null;
  element: string | null;
  /** The record's id in the export (ELEVE_ID=…), never a name or a phone. */
  recordId: string | null;
  /** Who the problem is about, as the export names them ("DUPONT Marie"), to find them. */
  subject: string | null;
  /** The engine's English reason, shown as a technical detail next to the French place. */
  reason: string;
}

export interface ImportCountsView {
  source: 'demo' | 'siecle' | 'onde';
  schoolUai: string;
  schoolYear: number | null;
  students: number;
  /** Students still at the school; the others left (DATE_SORTIE, ONDE radié). */
  enrolled: number;
  guardians: number;
  links: number;
  legalLinks: number;
  studentsAdded: number;
  studentsUpdated: number;
  studentsGone: number;
  guardiansAdded: number;
  guardiansUpdated: number;
  guardiansGone: number;
  linksAdded: number;
  linksRemoved: number;
  /** The demo roster is (would be) removed: the kiosk leaves demo mode. */
  demoRosterRemoved: boolean;
  /** false: the kiosk already holds exactly this roster. */
  changed: boolean;
}

export interface ImportPreviewView {
  /** Pass to console.importApply; only the latest preview can be applied. */
  token: string;
  /** false: a blocking problem, nothing can be imported. */
  importable: boolean;
  /** null when not importable. */
  counts: ImportCountsView | null;
  /** All problems, blocking first (at most IMPORT_LISTED_PROBLEMS; the total is problemCount). */
  problems: ImportProblemView[];
  problemCount: number;
}

/** Enough for a secretary to see the pattern; the rest are counted. */
export const IMPORT_LISTED_PROBLEMS = 100;

export interface ImportAppliedView {
  counts: ImportCountsView;
  accountsDisabled: number;
  /**
   * The kiosk now holds a real roster but still sends through the demo phone it started with,
   * which refuses a real roster: the SMS gateway must be configured and the kiosk restarted.
   */
  demoGatewayWithRealRoster: boolean;
}
