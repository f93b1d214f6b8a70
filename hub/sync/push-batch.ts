// Applies a kiosk's push (docs/developers/sync.md, "Ordering never trusts a clock"; S-SYNC-5):
// in ONE transaction holding the school's lock, events at or below the kiosk's last applied seq
// are skipped (a replay), each run of consecutive new events of one type goes through its type's
// handler (which may apply the run set-based), and last_applied_seq moves.
// Any failure rolls everything back, so a batch delivered twice, cut in the middle or replayed
// after a restart changes the hub exactly once.
import type { Pool } from 'pg';
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
        const { rows } = await db.query<{ last_applied_seq: string; revoked: boolean }>(
          `SELECT last_applied_seq, revoked_at IS NOT NULL AS revoked
             FROM kiosks WHERE id = $1 AND school_uai = $2 FOR UPDATE`,
          [kiosk.id, kiosk.schoolUai],
        );
        const row = rows[0];
        if (row === undefined || row.revoked) throw new BatchRefused('unauthorised');
        const lastApplied = Number(row.last_applied_seq);
        // At or below last_applied_seq: a replay, already applied (S-SYNC-5).
        const fresh = request.events.filter((event) => event.seq > lastApplied);
        const alreadyApplied = request.events.length - fresh.length;
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
    if (error instanceof PushRefusedError) return hubFail('bad-request', error.message);
    throw error;
  }
}
