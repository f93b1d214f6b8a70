// A real kiosk core (tests/integration/core/core-harness.ts) that receives pages from the hub:
// changes built as the hub sends them (shared/sync/sync-protocol.ts), applied by
// applyPulledChanges inside the caller's transaction that also moves the pull cursor, as the
// kiosk's sync loop does.
import { randomUUID } from 'node:crypto';
import { createPasswordHasher } from '../../../../main/accounts/password-hasher';
import { applyPulledChanges } from '../../../../main/sync/apply/apply-pulled-changes';
import type { Result } from '../../../../shared/result';
import type {
  PulledChange,
  RosterSnapshot,
  SyncedChange,
} from '../../../../shared/sync/sync-protocol';
import type { Harness } from '../../../integration/core/core-harness';

export const UAI = '0750001A';
export const OTHER_KIOSK_ID = '5d0f0c2e-8d51-4c47-9a36-0d2b1b6a7e11';
export const PATRICK = { schoolUai: UAI, sourceId: 'P-100' };
export const LEA = { schoolUai: UAI, sourceId: 'E-200' };
export const HUGO = { schoolUai: UAI, sourceId: 'E-201' };
export const PATRICK_MOBILE = '+33612345678';

/** The school's roster as another kiosk imported it and pushed it (the hub stores it as is). */
export function dupontRoster(overrides: Partial<RosterSnapshot> = {}): RosterSnapshot {
  return {
    school: { uai: UAI, name: 'Collège Jean Moulin', schoolYear: 2025, source: 'siecle' },
    students: [
      {
        sourceId: LEA.sourceId,
        familyName: 'DUPONT',
        usageName: null,
        firstName: 'Léa',
        birthDate: '2014-03-07',
        className: '6A',
        enrolled: true,
      },
      {
        sourceId: HUGO.sourceId,
        familyName: 'DUPONT',
        usageName: null,
        firstName: 'Hugo',
        birthDate: '2012-11-20',
        className: '4B',
        enrolled: true,
      },
    ],
    guardians: [
      {
        sourceId: PATRICK.sourceId,
        civility: 'M.',
        familyName: 'DUPONT',
        usageName: null,
        firstName: 'Patrick',
        mobileE164: PATRICK_MOBILE,
      },
    ],
    links: [
      {
        guardianSourceId: PATRICK.sourceId,
        studentSourceId: LEA.sourceId,
        legalLevel: 1,
        relationCode: '10',
      },
      {
        guardianSourceId: PATRICK.sourceId,
        studentSourceId: HUGO.sourceId,
        legalLevel: 1,
        relationCode: '10',
      },
    ],
    ...overrides,
  };
}

let nextVersion = 1;

/** One change as a pull answers it: the hub's version, another kiosk as its origin. */
export function pulled(change: SyncedChange, originKioskId: string | null = OTHER_KIOSK_ID) {
  const entry: PulledChange = {
    version: nextVersion,
    originKioskId,
    recordedAt: '2025-10-06T07:59:00.000Z',
    change,
  };
  nextVersion += 1;
  return entry;
}

/** The kiosk joined a hub as kiosk number `kioskNumber` (migration 13's one row). */
export function enrol(h: Harness, kioskNumber: number, pushedThroughSeq = 0): void {
  h.db
    .prepare(
      `INSERT INTO hub_link (id, hub_url, kiosk_id, kiosk_number, kiosk_label, school_uai,
                             enrolled_at, pushed_through_seq)
       VALUES (1, 'https://hub.example.test', ?, ?, 'Accueil', ?, ?, ?)`,
    )
    .run(randomUUID(), kioskNumber, UAI, h.clock.now().toISOString(), pushedThroughSeq);
}

export const pullCursor = (h: Harness): number | undefined =>
  h.db.prepare('SELECT pull_cursor FROM hub_link WHERE id = 1').pluck().get() as number | undefined;

/**
 * Applies a page as the sync loop does: in one transaction with the cursor's move, rolled back
 * when the page is refused.
 */
export function applyPage(
  h: Harness,
  changes: readonly PulledChange[],
): Result<{ applied: number; skipped: number }> {
  let result: Result<{ applied: number; skipped: number }> | undefined;
  try {
    h.db.transaction(() => {
      result = applyPulledChanges(h.db, changes, {
        schoolUai: UAI,
        at: h.clock.now(),
        sessions: h.core.accountSessions,
      });
      if (!result.ok) throw new Error('page refused');
      const last = changes.at(-1);
      if (last) {
        h.db.prepare('UPDATE hub_link SET pull_cursor = ? WHERE id = 1').run(last.version);
      }
    })();
  } catch (error) {
    if (result?.ok !== false) throw error;
  }
  if (!result) throw new Error('applyPulledChanges did not run');
  return result;
}

/** A hash as another kiosk of the school makes it: same pepper, the harness's scrypt cost. */
export const hashAsAnotherKiosk = (password: string): Promise<string> =>
  createPasswordHasher(Buffer.from('test pepper'), { N: 2 ** 10, r: 8, p: 1 }).hash(password);

export const count = (h: Harness, sql: string, ...params: unknown[]): number =>
  h.db
    .prepare(`SELECT count(*) FROM ${sql}`)
    .pluck()
    .get(...params) as number;

/** Rows an apply must never write: journal events (they would be pushed back to the hub). */
export const events = (h: Harness): number => count(h, 'events');
