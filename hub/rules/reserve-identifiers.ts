import type { PushContext } from '../sync/push-context';
import type { RosterSnapshot } from '../../shared/sync/sync-protocol';
import { identifierBase } from '../../shared/identifier-base';
import { HUB_NUMBERS, smallestFreeNumber } from '../../shared/identifier-numbers';

interface Candidate {
  readonly sourceId: string;
  readonly base: string;
}

export interface Reservation {
  readonly sourceId: string;
  readonly identifier: string;
}

// A reservation lost to another school's import committing the same identifier between our read
// and our insert is retried with a fresh read; each round reserves at least what did not collide.
const MAX_ROUNDS = 5;

/**
 * The kiosk's rule (activation-roster.ts, identifierNameOf): the first name and the usage name
 * when it is not blank, else the family name — so a reservation is the identifier the kiosk would
 * have given.
 */
function baseOf(guardian: RosterSnapshot['guardians'][number]): string {
  const lastName = guardian.usageName?.trim() ? guardian.usageName : guardian.familyName;
  return identifierBase({ firstName: guardian.firstName, lastName });
}

/** Legal guardians (a level-1 link) of the snapshot, once each, in the snapshot's order. */
function legalGuardians(snapshot: RosterSnapshot): Candidate[] {
  const legal = new Set(
    snapshot.links.filter((l) => l.legalLevel === 1).map((l) => l.guardianSourceId),
  );
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const guardian of snapshot.guardians) {
    if (!legal.has(guardian.sourceId) || seen.has(guardian.sourceId)) continue;
    seen.add(guardian.sourceId);
    candidates.push({ sourceId: guardian.sourceId, base: baseOf(guardian) });
  }
  return candidates;
}

/** Those of the candidates the group has no identifier nor account for yet. */
async function withoutIdentifier(
  context: PushContext,
  candidates: readonly Candidate[],
): Promise<Candidate[]> {
  const { rows } = await context.db.query<{ guardian_source_id: string }>(
    `SELECT guardian_source_id FROM identifiers
      WHERE school_uai = $1 AND guardian_source_id = ANY($2::text[])
     UNION
     SELECT guardian_source_id FROM guardian_accounts
      WHERE school_uai = $1 AND guardian_source_id = ANY($2::text[])`,
    [context.schoolUai, candidates.map((c) => c.sourceId)],
  );
  const covered = new Set(rows.map((r) => r.guardian_source_id));
  return candidates.filter((c) => !covered.has(c.sourceId));
}

/**
 * The hub's numbers already taken in the whole group, per base: one query for all the bases
 * (a range scan each on the C-collated index of migration 002, where "starts with base" is the
 * range [base, base + U+007F) because identifiers hold only [a-z0-9.-]).
 */
async function takenNumbers(
  context: PushContext,
  bases: readonly string[],
): Promise<Map<string, Set<number>>> {
  const { rows } = await context.db.query<{ base: string; number: number }>(
    `SELECT b.base, substr(i.identifier, length(b.base) + 1)::int AS number
       FROM unnest($1::text[]) AS b(base)
       JOIN identifiers i
         ON i.identifier COLLATE "C" >= b.base COLLATE "C"
        AND i.identifier COLLATE "C" < (b.base || chr(127)) COLLATE "C"
      WHERE substr(i.identifier, length(b.base) + 1) ~ '^[1-9][0-9]{0,3}$'`,
    [bases],
  );
  const taken = new Map<string, Set<number>>(bases.map((base) => [base, new Set<number>()]));
  for (const row of rows) taken.get(row.base)?.add(row.number);
  return taken;
}

/** Base + the smallest free hub number for each candidate; none when a base's space is full. */
function assignNumbers(
  candidates: readonly Candidate[],
  taken: Map<string, Set<number>>,
): Reservation[] {
  const reservations: Reservation[] = [];
  for (const candidate of candidates) {
    const used = taken.get(candidate.base) ?? new Set<number>();
    const number = smallestFreeNumber(used, HUB_NUMBERS);
    // Ten thousand homonyms: this guardian gets no reservation, and a kiosk that activates them
    // gives a number from its own block, unique all the same.
    if (number === null) continue;
    used.add(number);
    taken.set(candidate.base, used);
    reservations.push({ sourceId: candidate.sourceId, identifier: `${candidate.base}${number}` });
  }
  return reservations;
}

/**
 * Reserves an identifier for every legal guardian of the snapshot who has none in the group
 * (sync.md, "Identifiers"), set-based: a few queries whatever the school's size. The identifier is
 * the table's primary key, so PostgreSQL, not this code, makes it unique: an insert that meets an
 * identifier committed meanwhile by another school is skipped and that guardian tried again.
 */
export async function reserveIdentifiers(
  context: PushContext,
  snapshot: RosterSnapshot,
): Promise<Reservation[]> {
  let pending = await withoutIdentifier(context, legalGuardians(snapshot));
  const reserved: Reservation[] = [];
  for (let round = 0; pending.length > 0 && round < MAX_ROUNDS; round += 1) {
    const taken = await takenNumbers(context, [...new Set(pending.map((c) => c.base))]);
    const attempt = assignNumbers(pending, taken);
    if (attempt.length === 0) break;
    // In identifier order: two schools inserting the same identifiers wait for each other in the
    // same order, never in a cycle (a deadlock would fail a push for nothing).
    const { rows } = await context.db.query<{ identifier: string; guardian_source_id: string }>(
      `INSERT INTO identifiers (identifier, school_uai, guardian_source_id, origin)
       SELECT identifier, $2, guardian_source_id, 'reserved'
         FROM unnest($1::text[], $3::text[]) AS r(identifier, guardian_source_id)
        ORDER BY identifier COLLATE "C"
       ON CONFLICT (identifier) DO NOTHING
       RETURNING identifier, guardian_source_id`,
      [attempt.map((r) => r.identifier), context.schoolUai, attempt.map((r) => r.sourceId)],
    );
    const inserted = new Set(rows.map((r) => r.guardian_source_id));
    // RETURNING's order is not the insert's: keep the snapshot's order for the changes.
    reserved.push(...attempt.filter((r) => inserted.has(r.sourceId)));
    // Guardians of a full base were not attempted: they stay without a reservation.
    const attempted = new Set(attempt.map((r) => r.sourceId));
    pending = pending.filter((c) => attempted.has(c.sourceId) && !inserted.has(c.sourceId));
  }
  if (pending.length > 0) {
    throw new Error(
      `Could not reserve identifiers for ${pending.length} guardians of school ${context.schoolUai} after ${MAX_ROUNDS} rounds`,
    );
  }
  return reserved;
}
