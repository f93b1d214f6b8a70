// A hub for the rules' tests: a fresh database of a throwaway PostgreSQL cluster, migrated by the
// hub's own migrations, driven through the hub's own push (pushBatch) and pull (pullChanges) —
// nothing mocked. Kiosks are written straight into `kiosks`: enrolment is not what these test.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { PulledChange, SyncedChange } from '../../../shared/sync/sync-protocol';
import { createHubPool } from '../../../hub/database/hub-pool';
import { runHubMigrations } from '../../../hub/database/run-hub-migrations';
import { pullChanges } from '../../../hub/sync/pull-changes';
import { pushBatch, type PushingKiosk } from '../../../hub/sync/push-batch';
import type { ThrowawayPostgres } from '../../support/throwaway-postgres';

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
  kiosk(schoolUai: string): Promise<TestKiosk>;
  /** One push of these events; throws with the hub's code when it refuses. */
  push(kiosk: TestKiosk, ...events: TestEvent[]): Promise<void>;
  /** Every page after the kiosk's cursor, which moves. */
  pull(kiosk: TestKiosk): Promise<PulledChange[]>;
  close(): Promise<void>;
}

export async function startRulesHub(postgres: ThrowawayPostgres): Promise<RulesHub> {
  const pool = createHubPool(await postgres.createDatabase(`rules_${randomUUID().slice(0, 8)}`));
  await runHubMigrations(pool);
  return {
    pool,
    async kiosk(schoolUai) {
      await pool.query('INSERT INTO schools (uai) VALUES ($1) ON CONFLICT DO NOTHING', [schoolUai]);
      const { rows } = await pool.query<{ id: string; number: number }>(
        `INSERT INTO kiosks (id, school_uai, label, credential_hash)
         VALUES ($1, $2, 'Accueil', 'not-used-by-these-tests') RETURNING id, number`,
        [randomUUID(), schoolUai],
      );
      const row = rows[0];
      if (!row) throw new Error('kiosk not created');
      return { id: row.id, schoolUai, number: row.number, cursor: 0, seq: 0 };
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
