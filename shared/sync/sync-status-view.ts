// What the console shows of this kiosk's sync with the hub (Réglages → Hub), in facts the
// renderer words for a secretary. Times are the kiosk's clock, for people only.

export type SyncConflictKind =
  'same-guardian-activated-twice' | 'concurrent-mobile' | 'concurrent-password';

export interface SyncConflictView {
  id: string;
  kind: SyncConflictKind;
  recordedAt: string; // ISO
  /** The guardian concerned, as the console names them, when the kiosk knows them. */
  guardian: { id: number; displayName: string } | null;
  /** Facts for the secretary (identifiers kept and retired, masked mobiles); never a secret. */
  detail: Record<string, string | number | boolean | null>;
}

export type SyncStatusView =
  | { enrolled: false }
  | {
      enrolled: true;
      hubUrl: string;
      schoolUai: string;
      schoolName: string | null;
      kioskLabel: string;
      enrolledAt: string;
      lastSuccessAt: string | null;
      /** Local changes not yet acknowledged by the hub. */
      waitingEvents: number;
      /** Set while the last tries failed: since when, and why in one code. */
      unreachableSince: string | null;
      lastError: SyncErrorKind | null;
      /** When the next automatic try is due. */
      nextTryAt: string | null;
      conflicts: SyncConflictView[];
      /**
       * Rosters this kiosk holds of another school than its hub's (the demo roster of a kiosk
       * tried out): what is done with them is never sent, so the secretary must be told.
       */
      rostersNotShared: { uai: string; demo: boolean }[];
    };

/** Why the last sync try failed, for the console to word (fr catalogue). */
export type SyncErrorKind =
  | 'unreachable' // network, DNS, refused, timeout
  | 'tls' // certificate not trusted or wrong name
  | 'revoked' // the hub refused the credential: ask the hub's administrator
  | 'protocol' // kiosk too old or too new for this hub
  | 'hub-error' // the hub answered 5xx or something malformed
  | 'credential-missing' // the keychain lost the kiosk's credential
  | 'restored'; // the kiosk's database is an older copy: the hub has seqs it never made
