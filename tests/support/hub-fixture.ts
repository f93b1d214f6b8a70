// A migrated hub database for a test, and enrolled kiosks on it: the real enrolment path.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { createHubPool } from '../../hub/database/hub-pool';
import { runHubMigrations } from '../../hub/database/run-hub-migrations';
import { createEnrolmentCode } from '../../hub/directory/enrolment-codes';
import { enrolKiosk } from '../../hub/directory/enrol-kiosk';
import { addSchool } from '../../hub/directory/schools';
import type { PushingKiosk } from '../../hub/sync/push-batch';
import type { EnrolResponse, PushedEvent, SyncedChange } from '../../shared/sync/sync-protocol';
import type { ThrowawayPostgres } from './throwaway-postgres';

let databases = 0;

/** A fresh, migrated database in the file's cluster, and a pool on it. */
export async function freshHubDatabase(
  postgres: ThrowawayPostgres,
): Promise<{ url: string; pool: pg.Pool }> {
  databases += 1;
  const url = await postgres.createDatabase(`hub_${process.pid}_${databases}`);
  const pool = createHubPool(url);
  await runHubMigrations(pool);
  return { url, pool };
}

export async function addTestSchool(pool: pg.Pool, uai: string): Promise<void> {
  const added = await addSchool(pool, uai, `École ${uai}`);
  if (!added.ok) throw new Error(added.error.message);
}

export async function enrolmentCodeFor(pool: pg.Pool, uai: string): Promise<string> {
  const created = await createEnrolmentCode(pool, uai);
  if (!created.ok) throw new Error(created.error.message);
  return created.value.code;
}

export interface EnrolledKiosk extends PushingKiosk {
  readonly credential: string;
  readonly enrolment: EnrolResponse;
}

export async function enrolTestKiosk(
  pool: pg.Pool,
  uai: string,
  label = 'Accueil',
): Promise<EnrolledKiosk> {
  const code = await enrolmentCodeFor(pool, uai);
  const enrolled = await enrolKiosk(pool, { code, kioskLabel: label, existingIdentifiers: [] });
  if (!enrolled.ok) throw new Error(enrolled.error.message);
  const e = enrolled.value;
  return {
    id: e.kioskId,
    schoolUai: e.schoolUai,
    number: e.kioskNumber,
    credential: e.credential,
    enrolment: e,
  };
}

export const lockOf = (uai: string, sourceId: string): SyncedChange => ({
  type: 'guardian.locked',
  guardian: { schoolUai: uai, sourceId },
});

/** A pushed event as a kiosk's pusher sends it. */
export const pushedEvent = (seq: number, change: SyncedChange, seenVersion = 0): PushedEvent => ({
  seq,
  eventId: randomUUID(),
  occurredAt: new Date().toISOString(),
  seenVersion,
  change,
});
