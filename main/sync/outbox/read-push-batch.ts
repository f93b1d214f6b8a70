// The outbox: the journal's events after hub_link.pushed_through_seq, in seq order, made into the
// next push (docs/developers/sync.md). A batch holds at most MAX_PUSH_EVENTS events; a large
// roster snapshot goes alone in its batch, so one push stays a bounded request for the hub.
import { MAX_PUSH_EVENTS, type PushedEvent } from '../../../shared/sync/sync-protocol';
import type { KioskDatabase } from '../../database/open-database';
import { createJournalEventEnricher, type JournalEventRow } from './enrich-journal-event';
import { PUSHED_TYPES_SQL } from './pushed-journal-types';
import { createRosterSnapshotReader } from './read-roster-snapshot';
import { schoolsNamedByChange } from '../../../shared/sync/schools-named-by-change';

/** Students and guardians past which a roster snapshot is sent in a batch of its own. */
export const ROSTER_ALONE_THRESHOLD = 2_000;

export interface PushBatch {
  events: PushedEvent[];
  /**
   * Every event up to this seq is accounted for by this batch: pushed, or skipped (not a pushed
   * type, a roster import superseded by a later one, an entity purged since). Once the hub has
   * applied `events`, pushed_through_seq may move here.
   */
  throughSeq: number;
  /** Why events were left out, English, for the log. */
  skipped: string[];
}

// Pushed types only; a roster import is skipped when a later import of the same school is still
// waiting too: both would carry the same snapshot, read now.
const pendingSql = (limit: number) => `
  SELECT seq, id, at, type, entity_id, payload, seen_version FROM events e
   WHERE seq > ? AND type IN ${PUSHED_TYPES_SQL}
     AND NOT (type = 'roster.imported' AND EXISTS (
           SELECT 1 FROM events later
            WHERE later.seq > e.seq AND later.type = 'roster.imported'
              AND later.entity_id = e.entity_id))
   ORDER BY seq LIMIT ${limit}`;

export function createOutbox(
  db: KioskDatabase,
  options: { maxEvents?: number; rosterAloneThreshold?: number } = {},
) {
  const maxEvents = Math.min(options.maxEvents ?? MAX_PUSH_EVENTS, MAX_PUSH_EVENTS);
  const aloneThreshold = options.rosterAloneThreshold ?? ROSTER_ALONE_THRESHOLD;
  const pending = db.prepare(pendingSql(maxEvents));
  const lastSeq = db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM events');
  const waiting = db.prepare(
    `SELECT count(*) AS n FROM events WHERE seq > ? AND type IN ${PUSHED_TYPES_SQL}`,
  );
  const rosters = createRosterSnapshotReader(db);
  const enrichAny = createJournalEventEnricher(db, rosters);
  // Another school's change (the demo school's) is accounted for, never sent.
  const enrichFor = (row: JournalEventRow, schoolUai: string) => {
    const enriched = enrichAny(row);
    if (!enriched.ok) return enriched;
    const other = schoolsNamedByChange(enriched.change).find((uai) => uai !== schoolUai);
    return other === undefined
      ? enriched
      : {
          ok: false as const,
          message: `event ${row.seq} (${row.type}) is about school ${other}, not ${schoolUai}`,
        };
  };

  return {
    /**
     * The next batch after `afterSeq`. Each event says the hub version it was made after (its
     * journal row's); one journaled before the kiosk joined a hub has seen nothing of the
     * others' changes but what the kiosk holds at its first push: `pullCursor`, now.
     */
    nextBatch(afterSeq: number, pullCursor: number, schoolUai: string): PushBatch {
      // One read transaction: the rows, their enrichment and the last seq are one snapshot.
      return db.transaction((): PushBatch => {
        const rows = pending.all(afterSeq) as JournalEventRow[];
        const events: PushedEvent[] = [];
        const skipped: string[] = [];
        let throughSeq = afterSeq;
        for (const row of rows) {
          if (row.type === 'roster.imported' && rosters.size(row.entity_id) > aloneThreshold) {
            if (events.length > 0) return { events, throughSeq, skipped };
            const alone = enrichFor(row, schoolUai);
            if (alone.ok) events.push(toPushed(row, alone.change, pullCursor));
            else skipped.push(alone.message);
            return { events, throughSeq: row.seq, skipped };
          }
          const enriched = enrichFor(row, schoolUai);
          if (enriched.ok) events.push(toPushed(row, enriched.change, pullCursor));
          else skipped.push(enriched.message);
          throughSeq = row.seq;
        }
        // Fewer rows than asked: nothing pushable is left, so the events after (housekeeping)
        // are accounted for too.
        if (rows.length < maxEvents) {
          throughSeq = Math.max(throughSeq, (lastSeq.get() as { seq: number }).seq);
        }
        return { events, throughSeq, skipped };
      })();
    },
    /** The journal's last seq: never lower than any seq this kiosk pushed, unless restored. */
    lastSeq(): number {
      return (lastSeq.get() as { seq: number }).seq;
    },
    /** Pushed-type events after `afterSeq`: what the console calls "waiting". */
    waitingCount(afterSeq: number): number {
      return (waiting.get(afterSeq) as { n: number }).n;
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;

const toPushed = (
  row: JournalEventRow,
  change: PushedEvent['change'],
  pullCursor: number,
): PushedEvent => ({
  seq: row.seq,
  eventId: row.id,
  occurredAt: row.at,
  // Never above the cursor: a higher one was taken from a hub this kiosk has since left.
  seenVersion: Math.min(row.seen_version ?? pullCursor, pullCursor),
  change,
});
