// The wire protocol between a kiosk and the hub (docs/developers/sync.md). Both sides parse every
// message with these schemas before acting on it (S-SYNC-6 on the kiosk, S-SYNC-2/5 on the hub).
import { z } from 'zod';

/** Sent in the `X-Sync-Protocol` header of every request. The hub accepts this and the previous. */
export const SYNC_PROTOCOL_VERSION = 1;
export const SYNC_PROTOCOL_HEADER = 'x-sync-protocol';

/** Most events one push may carry; the kiosk sends fewer, the hub refuses more (413). */
export const MAX_PUSH_EVENTS = 500;
/** Most changes one pull answers; `more` says whether to ask again at once. */
export const MAX_PULL_CHANGES = 1000;

const uai = z.string().regex(/^[0-9]{7}[A-Z]$/u);
const uuid = z.uuid();
const identifier = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,79}$/u);
/** A guardian or a student as every kiosk of the school knows them: the export's own id. */
export const rosterRefSchema = z.strictObject({
  schoolUai: uai,
  sourceId: z.string().min(1).max(64),
});
export type RosterRef = z.infer<typeof rosterRefSchema>;

// ---------------------------------------------------------------------------------------------
// Enrolment: the one request without a credential.
export const enrolRequestSchema = z.strictObject({
  code: z.string().min(8).max(64),
  kioskLabel: z.string().min(1).max(80),
  /**
   * Identifiers this kiosk already gave or holds for an open activation (a kiosk that ran alone
   * before it joined): the hub claims them for the school in the same transaction.
   */
  existingIdentifiers: z.array(identifier).max(200_000),
});
export const enrolResponseSchema = z.strictObject({
  kioskId: uuid,
  /** `<kioskId>.<secret>`; the hub keeps only a hash of the secret (S-SYNC-1). */
  credential: z.string().min(40).max(200),
  schoolUai: uai,
  schoolName: z.string().max(200).nullable(),
  /** Unique in the group; gives the kiosk its own offline identifier numbers (sync.md). */
  kioskNumber: z.number().int().min(1).max(99_999),
});
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Roster snapshot: what a roster import carries to the other kiosks (read at push time).
export const rosterSnapshotSchema = z.strictObject({
  school: z.strictObject({
    uai,
    name: z.string().max(200).nullable(),
    schoolYear: z.number().int().nullable(),
    source: z.enum(['siecle', 'onde', 'demo']),
  }),
  students: z.array(
    z.strictObject({
      sourceId: z.string().min(1).max(64),
      familyName: z.string().min(1).max(200),
      usageName: z.string().max(200).nullable(),
      firstName: z.string().min(1).max(200),
      birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
      className: z.string().max(100).nullable(),
      enrolled: z.boolean(),
    }),
  ),
  guardians: z.array(
    z.strictObject({
      sourceId: z.string().min(1).max(64),
      civility: z.string().max(20).nullable(),
      familyName: z.string().min(1).max(200),
      usageName: z.string().max(200).nullable(),
      firstName: z.string().min(1).max(200),
      mobileE164: z
        .string()
        .regex(/^\+[1-9]\d{6,14}$/u)
        .nullable(),
    }),
  ),
  links: z.array(
    z.strictObject({
      guardianSourceId: z.string().min(1).max(64),
      studentSourceId: z.string().min(1).max(64),
      legalLevel: z.number().int().min(1).max(9),
      relationCode: z.string().max(20).nullable(),
    }),
  ),
});
export type RosterSnapshot = z.infer<typeof rosterSnapshotSchema>;

// ---------------------------------------------------------------------------------------------
// Synced changes. The same shapes go up (a kiosk's event, enriched at push time with what the
// journal never holds: hashes, mobiles, the roster) and come down (another kiosk's event, or a
// decision of the hub).
const passwordHash = z.string().min(20).max(400);

export const syncedChangeSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('account.created'),
    accountId: uuid,
    identifier,
    firstName: z.string().min(1).max(200),
    passwordHash,
    mustChangePassword: z.boolean(),
    guardians: z.array(rosterRefSchema).min(1).max(20),
    students: z.array(rosterRefSchema).max(50),
  }),
  z.strictObject({
    type: z.literal('account.password-changed'),
    accountId: uuid,
    passwordHash,
    mustChangePassword: z.boolean(),
  }),
  z.strictObject({ type: z.literal('guardian.locked'), guardian: rosterRefSchema }),
  z.strictObject({ type: z.literal('guardian.unlocked'), guardian: rosterRefSchema }),
  z.strictObject({
    type: z.literal('guardian.mobile-corrected'),
    guardian: rosterRefSchema,
    mobileE164: z.string().regex(/^\+[1-9]\d{6,14}$/u),
  }),
  z.strictObject({
    type: z.literal('wrong-link.reported'),
    reportId: uuid,
    guardian: rosterRefSchema,
    student: rosterRefSchema,
  }),
  z.strictObject({ type: z.literal('wrong-link.handled'), reportId: uuid }),
  z.strictObject({ type: z.literal('roster.imported'), snapshot: rosterSnapshotSchema }),
  // Decisions of the hub (never pushed by a kiosk).
  z.strictObject({
    type: z.literal('identifier.reserved'),
    guardian: rosterRefSchema,
    identifier,
  }),
  z.strictObject({
    type: z.literal('account.retired'),
    accountId: uuid,
    /** The account that reached the hub first for the same guardian, and stays. */
    keptAccountId: uuid,
    keptIdentifier: identifier,
  }),
  z.strictObject({
    type: z.literal('conflict.recorded'),
    conflictId: uuid,
    kind: z.enum(['same-guardian-activated-twice', 'concurrent-mobile', 'concurrent-password']),
    guardian: rosterRefSchema.nullable(),
    /** What lost, for the audit log and the console; never a secret. */
    detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  }),
]);
export type SyncedChange = z.infer<typeof syncedChangeSchema>;
export type SyncedChangeType = SyncedChange['type'];
/** Types only the hub writes: a push carrying one is refused (400). */
export const HUB_ONLY_CHANGE_TYPES: readonly SyncedChangeType[] = [
  'identifier.reserved',
  'account.retired',
  'conflict.recorded',
];

// ---------------------------------------------------------------------------------------------
// Push: the kiosk's journal is its outbox.
export const pushedEventSchema = z.strictObject({
  /** The kiosk's own `events.seq`: increasing; the hub applies each seq once (S-SYNC-5). */
  seq: z.number().int().min(1),
  /** The kiosk's `events.id`. */
  eventId: uuid,
  /** The kiosk's clock, for people to read only: never used for ordering or expiry. */
  occurredAt: z.iso.datetime(),
  /** The last hub version this kiosk had pulled when the event happened (conflict detection). */
  seenVersion: z.number().int().min(0),
  change: syncedChangeSchema,
});
export const pushRequestSchema = z.strictObject({
  events: z.array(pushedEventSchema).min(1).max(MAX_PUSH_EVENTS),
});
export const pushResponseSchema = z.strictObject({
  /** Every seq up to this one is applied (now or before): the kiosk may forget them. */
  appliedThrough: z.number().int().min(0),
  /** Events of this batch the hub already had (a replay). */
  alreadyApplied: z.number().int().min(0),
});
export type PushedEvent = z.infer<typeof pushedEventSchema>;
export type PushRequest = z.infer<typeof pushRequestSchema>;
export type PushResponse = z.infer<typeof pushResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Pull: by the hub's version, never by a clock.
export const pulledChangeSchema = z.strictObject({
  /** The hub's global version: the cursor to resume after. */
  version: z.number().int().min(1),
  /** The kiosk that made it, or null for a decision of the hub. */
  originKioskId: uuid.nullable(),
  /** The hub's clock when it was applied (for people). */
  recordedAt: z.iso.datetime(),
  change: syncedChangeSchema,
});
export const pullResponseSchema = z.strictObject({
  changes: z.array(pulledChangeSchema).max(MAX_PULL_CHANGES),
  /** Resume after this version next time (past this kiosk's own changes too). */
  cursor: z.number().int().min(0),
  more: z.boolean(),
});
export type PulledChange = z.infer<typeof pulledChangeSchema>;
export type PullResponse = z.infer<typeof pullResponseSchema>;

// ---------------------------------------------------------------------------------------------
/** Every refusal of the hub: a stable code for programs, an English message for logs. */
export const hubErrorSchema = z.strictObject({
  error: z.enum([
    'bad-request',
    'unauthorised', // no, malformed, unknown or revoked credential
    'enrolment-code-invalid', // unknown, used or expired: one answer for all three
    'school-already-has-kiosks-with-accounts',
    'protocol-too-old',
    'protocol-too-new',
    'too-large',
    'not-found',
    'kiosk-restored', // a pushed seq the hub applied as another event: the kiosk's database is an older copy
    'unavailable', // the database cannot be reached: try later
  ]),
  message: z.string(),
});
export type HubError = z.infer<typeof hubErrorSchema>;
export type HubErrorCode = HubError['error'];

/** GET /v1/status (no credential): is this hub alive and its database reachable. */
export const hubStatusSchema = z.strictObject({
  ok: z.boolean(),
  database: z.enum(['reachable', 'unreachable']),
  protocol: z.number().int(),
  schools: z.number().int().min(0),
  kiosks: z.number().int().min(0),
});
export type HubStatus = z.infer<typeof hubStatusSchema>;
