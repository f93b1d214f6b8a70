// Applies a kiosk's push (docs/developers/sync.md, "Ordering never trusts a clock"; S-SYNC-5):
// in ONE transaction holding the school's lock, events at or below the kiosk's last applied seq
// are skipped (a replay), each run of consecutive new events of one type goes through its type's
// handler (which may apply the run set-based), and last_applied_seq moves.
// Any failure rolls everything back, so a batch delivered twice, cut in the middle or replayed
// after a restart changes the hub exactly once.
import type { Pool, PoolClient } from 'pg';
import {
  HUB_ONLY_CHANGE_TYPES,
  type PushedEvent,
  type PushRequest,
  type PushResponse,
} from '../../shared/sync/sync-protocol';
import { hubFail, hubOk, type HubResult } from '../errors/hub-result';
import { inHubTransaction } from '../database/in-hub-transaction';
import { schoolsNamedByChange } from '../../shared/sync/schools-named-by-change';
import { isGroupUniqueEntity, changeEntityKey } from './change-entity-key';
import type { KioskPushableChangeType } from './pushed-event-handlers';
import { PUSHED_EVENT_HANDLERS } from './pushed-event-handlers';
import type { PushRunContext, PushedRunHandler } from './push-context';
import { PushRefusedError } from './push-refused-error';
import { recordChange, recordChanges } from './record-change';
import { lockSchool } from './school-lock';

/** The kiosk as its credential says (S-SYNC-2): never taken from the request. */
export interface PushingKiosk {
  readonly id: string;
  readonly schoolUai: string;
  readonly number: number;
}

type Handlers = { readonly [T in KioskPushableChangeType]: PushedRunHandler };

/** Consecutive events of one change type, in seq order: what one handler call is given. */
function runsOfOneType(events: readonly PushedEvent[]): PushedEvent[][] {
  const runs: PushedEvent[][] = [];
  for (const event of events) {
    const run = runs.at(-1);
    if (run?.[0]?.change.type === event.change.type) run.push(event);
    else runs.push([event]);
  }
  return runs;
}

/** What can be refused before touching the database. */
function checkBatch(kiosk: PushingKiosk, request: PushRequest): string | null {
  let previous = 0;
  for (const event of request.events) {
    if (event.seq <= previous) return `seqs must increase within a batch (seq ${event.seq})`;
    previous = event.seq;
    if (HUB_ONLY_CHANGE_TYPES.includes(event.change.type)) {
      return `${event.change.type} is written by the hub only (seq ${event.seq})`;
    }
    if (schoolsNamedByChange(event.change).some((uai) => uai !== kiosk.schoolUai)) {
      return `seq ${event.seq} names another school than this kiosk's`;
    }
  }
  return null;
}

class BatchRefused extends Error {}
class KioskRestored extends Error {}

/**
 * The seqs at or below the kiosk's last applied one must be the events the hub applied under
 * them (a replay: the answer was lost). Another event there means the kiosk's database is an
 * older copy, restored, numbering new changes with seqs already used: skipped as replays, they
 * would be lost without a word. Seqs applied before the hub kept ids are not checked.
 */
async function replaysAreTheAppliedEvents(
  db: PoolClient,
  kioskId: string,
  replays: readonly PushedEvent[],
  checkedAfterSeq: number,
): Promise<boolean> {
  const checked = replays.filter((event) => event.seq > checkedAfterSeq);
  if (checked.length === 0) return true;
  const { rows } = await db.query<{ n: number }>({
    name: 'hub-replays-not-applied',
    text: `SELECT count(*)::int AS n
             FROM unnest($2::bigint[], $3::uuid[]) AS replay(seq, event_id)
             LEFT JOIN applied_events applied
               ON applied.kiosk_id = $1 AND applied.seq = replay.seq
            WHERE applied.event_id IS DISTINCT FROM replay.event_id`,
    values: [kioskId, checked.map((e) => e.seq), checked.map((e) => e.eventId)],
  });
  return rows[0]?.n === 0;
}

export async function pushBatch(
  pool: Pool,
  kiosk: PushingKiosk,
  request: PushRequest,
  handlers: Handlers = PUSHED_EVENT_HANDLERS,
): Promise<HubResult<PushResponse>> {
  const refusal = checkBatch(kiosk, request);
  if (refusal !== null) return hubFail('bad-request', refusal);
  try {
    return hubOk(
      await inHubTransaction(pool, async (db) => {
        await lockSchool(db, kiosk.schoolUai);
        const { rows } = await db.query<{
          last_applied_seq: string;
          checked_after_seq: string;
          revoked: boolean;
        }>(
          `SELECT last_applied_seq, checked_after_seq, revoked_at IS NOT NULL AS revoked
             FROM kiosks WHERE id = $1 AND school_uai = $2 FOR UPDATE`,
          [kiosk.id, kiosk.schoolUai],
        );
        const row = rows[0];
        if (row === undefined || row.revoked) throw new BatchRefused('unauthorised');
        const lastApplied = Number(row.last_applied_seq);
        // At or below last_applied_seq: a replay, already applied (S-SYNC-5).
        const fresh = request.events.filter((event) => event.seq > lastApplied);
        const replays = request.events.filter((event) => event.seq <= lastApplied);
        const alreadyApplied = replays.length;
        const checkedAfter = Number(row.checked_after_seq);
        if (!(await replaysAreTheAppliedEvents(db, kiosk.id, replays, checkedAfter))) {
          throw new KioskRestored();
        }
        // An account or report id is the group's: one of another school is not this kiosk's.
        const ids = fresh
          .filter((e) => isGroupUniqueEntity(e.change))
          .map((e) => changeEntityKey(e.change));
        if (ids.length > 0) {
          const other = await db.query(
            'SELECT 1 FROM changes WHERE entity_key = ANY($1::text[]) AND school_uai <> $2 LIMIT 1',
            [ids, kiosk.schoolUai],
          );
          if (other.rowCount !== 0) {
            throw new PushRefusedError("the batch names another school's account or report");
          }
        }
        const context: PushRunContext = {
          db,
          schoolUai: kiosk.schoolUai,
          kioskId: kiosk.id,
          kioskNumber: kiosk.number,
          recordChange: (recorded, origin) => recordChange(db, kiosk.schoolUai, recorded, origin),
          recordChanges: (recorded) => recordChanges(db, kiosk.schoolUai, recorded),
        };
        for (const run of runsOfOneType(fresh)) {
          const type = run[0]?.change.type as KioskPushableChangeType;
          await handlers[type](context, run);
        }
        if (fresh.length > 0) {
          await db.query({
            name: 'hub-applied-events',
            text: `INSERT INTO applied_events (kiosk_id, seq, event_id)
                   SELECT $1, seq, event_id FROM unnest($2::bigint[], $3::uuid[]) AS e(seq, event_id)`,
            values: [kiosk.id, fresh.map((e) => e.seq), fresh.map((e) => e.eventId)],
          });
        }
        const appliedThrough = fresh.at(-1)?.seq ?? lastApplied;
        await db.query(
          'UPDATE kiosks SET last_applied_seq = $2, last_contact_at = now() WHERE id = $1',
          [kiosk.id, appliedThrough],
        );
        return { appliedThrough, alreadyApplied };
      }),
    );
  } catch (error) {
    if (error instanceof BatchRefused) return hubFail('unauthorised', 'this kiosk is revoked');
    if (error instanceof KioskRestored) {
      return hubFail(
        'kiosk-restored',
        'seqs this hub applied come as other events: the kiosk runs on an older copy of its database',
      );
    }
    if (error instanceof PushRefusedError) return hubFail('bad-request', error.message);
    throw error;
  }
}
