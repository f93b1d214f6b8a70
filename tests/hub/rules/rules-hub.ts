// A hub for the rules' tests: a fresh database of a throwaway PostgreSQL cluster, migrated by the
// hub's own migrations, kiosks enrolled the real way, driven through the hub's own push
// (pushBatch) and pull (pullChanges) — nothing mocked.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { PulledChange, SyncedChange } from '../../../shared/sync/sync-protocol';
import { pullChanges } from '../../../hub/sync/pull-changes';
import { pushBatch, type PushingKiosk } from '../../../hub/sync/push-batch';
import { addTestSchool, enrolmentCodeFor, freshHubDatabase } from '../../support/hub-fixture';
import type { ThrowawayPostgres } from '../../support/throwaway-postgres';
import { enrolKiosk } from '../../../hub/directory/enrol-kiosk';

export interface TestKiosk extends PushingKiosk {
  /** The last hub version this kiosk pulled: what its next events have seen. */
  cursor: number;
  /** Its journal's last seq. */
  seq: number;
}

export interface TestEvent {
  readonly change: SyncedChange;
  /** The kiosk's clock, hours off if a test wants: the hub must never compare it. */
  readonly occurredAt?: Date;
  /** Defaults to the kiosk's cursor (it had seen everything it pulled). */
  readonly seenVersion?: number;
}

export interface RulesHub {
  readonly pool: pg.Pool;
  /** A kiosk enrolled in the school (added if new), with the identifiers it gave alone before. */
  kiosk(schoolUai: string, existingIdentifiers?: string[]): Promise<TestKiosk>;
  /** One push of these events; throws with the hub's code when it refuses. */
  push(kiosk: TestKiosk, ...events: TestEvent[]): Promise<void>;
  /** Every page after the kiosk's cursor, which moves. */
  pull(kiosk: TestKiosk): Promise<PulledChange[]>;
  close(): Promise<void>;
}

export async function startRulesHub(postgres: ThrowawayPostgres): Promise<RulesHub> {
  const { pool } = await freshHubDatabase(postgres);
  const schools = new Set<string>();
  return {
    pool,
    async kiosk(schoolUai, existingIdentifiers = []) {
      if (!schools.has(schoolUai)) {
        schools.add(schoolUai);
        await addTestSchool(pool, schoolUai);
      }
      const code = await enrolmentCodeFor(pool, schoolUai);
      const enrolled = await enrolKiosk(pool, { code, kioskLabel: 'Accueil', existingIdentifiers });
      if (!enrolled.ok) throw new Error(enrolled.error.message);
      const { kioskId, kioskNumber } = enrolled.value;
      return { id: kioskId, schoolUai, number: kioskNumber, cursor: 0, seq: 0 };
    },
    async push(kiosk, ...events) {
      const result = await pushBatch(pool, kiosk, {
        events: events.map((event) => {
          kiosk.seq += 1;
          return {
            seq: kiosk.seq,
            eventId: randomUUID(),
            occurredAt: (event.occurredAt ?? new Date()).toISOString(),
            seenVersion: event.seenVersion ?? kiosk.cursor,
            change: event.change,
          };
        }),
      });
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    },
    async pull(kiosk) {
      const pulled: PulledChange[] = [];
      for (;;) {
        const page = await pullChanges(pool, kiosk, kiosk.cursor);
        pulled.push(...page.changes);
        kiosk.cursor = page.cursor;
        if (!page.more) return pulled;
      }
    },
    close: () => pool.end(),
  };
}
