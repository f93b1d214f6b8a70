// What the secretariat's console receives from the main process (S-SEC-1). Never a password,
// code or hash; phone numbers arrive masked (S-KIOSK-3: the console is on the kiosk's screen).

/** The staff member logged into this kiosk session. */
export interface StaffIdentity {
  staffId: string;
  displayName: string;
  /**
   * The account holds a temporary password (made or reset by another staff member): every
   * console call but "change my password" is refused until it chooses its own.
   */
  mustChangePassword: boolean;
}

/** One line of "Comptes du secrétariat". Never a password or hash. */
export interface StaffAccountView {
  staffId: string;
  displayName: string;
  username: string;
  createdAt: string;
  /** Who created it (null: the first account, made at the console's first start). */
  createdByName: string | null;
  lastLoginAt: string | null;
  disabledAt: string | null;
  mustChangePassword: boolean;
  /** The staff member looking at the list. */
  isSelf: boolean;
}

export interface ConsoleStatus {
  /** False until the first staff account exists: the console then asks to create it. */
  setUp: boolean;
  staff: StaffIdentity | null;
}

export interface GuardianAccountStatus {
  /** The account's creation (activation) date, or null: not activated. */
  activatedAt: string | null;
  identifier: string | null;
  /** S-RATE-1: locked after too many wrong secrets, until the secretariat unlocks. */
  lockedAt: string | null;
  failedSecrets: number;
  /** The account was disabled (the guardian left the roster, S-DATA-2). */
  disabledAt: string | null;
}

export interface GuardianSummary {
  guardianId: number;
  civility: string | null;
  familyName: string;
  usageName: string | null;
  firstName: string;
  /** The export's mobile, masked (S-KIOSK-3). */
  maskedMobile: string | null;
  /** The mobile recorded at the desk and in use (an active local correction), masked. */
  maskedDeskMobile: string | null;
  goneAt: string | null;
  status: GuardianAccountStatus;
}

export interface GuardianChild {
  studentId: number;
  familyName: string;
  firstName: string;
  className: string | null;
  /** 1 = représentant légal (the only level that activates). */
  legalLevel: number;
  /** Confirmed by this guardian's account at activation. */
  linked: boolean;
  /** False once the student left (DATE_SORTIE, radié): no activation goes through them. */
  enrolled: boolean;
}

export interface GuardianFlowSummary {
  startedAt: string;
  state: string;
  endedReason: string | null;
}

export interface GuardianSmsSummary {
  at: string;
  purpose: string;
  status: string;
}

/** A mobile recorded at the desk for this guardian (a local correction), masked. */
export interface GuardianLocalMobile {
  maskedMobile: string;
  /** active: in force; confirmed: the export now has it; superseded: the export has another. */
  status: 'active' | 'confirmed' | 'superseded';
  recordedByName: string;
  recordedAt: string;
}

export interface GuardianDetail extends GuardianSummary {
  /** The desk's local correction of the mobile, shown as such (null: none). */
  localMobile: GuardianLocalMobile | null;
  children: GuardianChild[];
  recentFlows: GuardianFlowSummary[];
  recentSms: GuardianSmsSummary[];
}

export interface WrongLinkReportView {
  reportId: string;
  createdAt: string;
  guardianId: number;
  guardianName: string;
  studentName: string;
  className: string | null;
  handledAt: string | null;
  handledBy: string | null;
  comment: string | null;
}

export interface AuditEntryView {
  id: string;
  at: string;
  actor: string;
  /** The staff member's name for a staff actor; 'kiosk', 'cli' otherwise. */
  actorLabel: string;
  action: string;
  guardianId: number | null;
  guardianName: string | null;
  /** The child a wrong-link row is about ("DUPONT Hugo"); null for other rows. */
  studentName: string | null;
  /** JSON as stored (never a secret). */
  details: string | null;
}

export interface AuditLogPage {
  entries: AuditEntryView[];
  /** How many entries match the filter (the page shows at most AUDIT_PAGE_SIZE). */
  total: number;
  actions: string[];
  actors: { actor: string; label: string }[];
}

export interface AuditCsvExport {
  fileName: string;
  csv: string;
  rows: number;
}

export interface ClassActivation {
  /** '' for students without a class. */
  className: string;
  legalGuardians: number;
  activated: number;
  /** Students with at least one legal guardian not activated, with those guardians. */
  pendingFamilies: { student: string; guardians: string[] }[];
}

export interface ActivationDashboard {
  legalGuardians: number;
  activated: number;
  classes: ClassActivation[];
}
