// A kiosk as the sync benchmark drives it: a real SQLite database opened and migrated by the
// product, a roster imported from a generated SIECLE export by the product's import, accounts
// written by the product's account creator (the activation's last step, which journals
// `account.created`), and the product's own sync code (enrolment, outbox, hub client, pulled
// pages applied) talking HTTP to the hub. Only the OS keychain is replaced, by memory.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { offlineNumbers } from '../../shared/identifier-numbers';
import { identifierBase } from '../../shared/identifier-base';
import { createAccountCreator } from '../../main/accounts/account-creator';
import { openDatabase, type KioskDatabase } from '../../main/database/open-database';
import { createJournal } from '../../main/journal/journal';
import { systemClock } from '../../main/platform/clock';
import { applyRosterImport, previewRosterImport } from '../../main/roster/roster-import';
import { createSyncService } from '../../main/sync/create-sync-service';
import { credentialKioskId, type HubCredentialStore } from '../../main/sync/hub-credential';
import { createHubLinkStore } from '../../main/sync/hub-link';
import { benchRosterSize, writeBenchExport } from './siecle-export-generator';

export interface BenchKiosk {
  readonly name: string;
  readonly db: KioskDatabase;
  readonly sync: ReturnType<typeof createSyncService>;
  readonly credentials: HubCredentialStore;
  close(): Promise<void>;
}

/** The keychain stands outside the product: the credential is kept in memory. */
function memoryCredentials(): HubCredentialStore {
  let credential: string | undefined;
  return {
    read: () => Promise.resolve(credential),
    write: (value) => {
      credential = value;
      return Promise.resolve();
    },
    heldKioskId: () =>
      Promise.resolve(credential === undefined ? null : credentialKioskId(credential)),
    removeFor: (kioskId) => {
      const had = credential !== undefined && credentialKioskId(credential) === kioskId;
      if (had) credential = undefined;
      return Promise.resolve(had);
    },
    checkWritable: () => Promise.resolve(),
  };
}

export function openBenchKiosk(dir: string, name: string): BenchKiosk {
  const db = openDatabase(join(dir, `${name}.db`));
  const credentials = memoryCredentials();
  const sync = createSyncService({
    db,
    clock: systemClock,
    credentials,
    log: (line) => {
      if (line.includes('failed')) process.stderr.write(`[${name}] ${line}\n`);
    },
  });
  return {
    name,
    db,
    sync,
    credentials,
    close: async () => {
      await sync.stop();
      db.close();
    },
  };
}

export async function enrolBenchKiosk(kiosk: BenchKiosk, hubUrl: string, code: string) {
  const enrolled = await kiosk.sync.enrol({ hubUrl, code, kioskLabel: kiosk.name });
  if (!enrolled.ok) throw new Error(`${kiosk.name}: enrolment refused: ${enrolled.error.message}`);
}

/** One sync try (push until the outbox is empty, then pull until the hub has no more). */
export async function syncBenchKiosk(
  kiosk: BenchKiosk,
): Promise<{ pushed: number; pulled: number }> {
  await kiosk.sync.syncNow();
  const outcome = kiosk.sync.lastOutcome();
  if (outcome?.kind !== 'synced') {
    throw new Error(`${kiosk.name}: sync did not complete: ${JSON.stringify(outcome)}`);
  }
  return { pushed: outcome.pushed, pulled: outcome.pulled };
}

/** Imports a generated SIECLE export of `students` pupils (5 guardians for 3 pupils) for `uai`. */
export async function importBenchRoster(
  kiosk: BenchKiosk,
  dir: string,
  uai: string,
  students: number,
): Promise<void> {
  const exportDir = join(dir, `export-${uai}`);
  mkdirSync(exportDir, { recursive: true });
  const files = await writeBenchExport(
    exportDir,
    benchRosterSize(students / 600_000),
    'first',
    uai,
  );
  const preview = await previewRosterImport(kiosk.db, {
    kind: 'files',
    paths: [files.students, files.guardians],
  });
  if (!preview.importable) {
    throw new Error(
      `${kiosk.name}: import refused: ${JSON.stringify(preview.problems.slice(0, 3))}`,
    );
  }
  applyRosterImport(kiosk.db, preview.token, { clock: systemClock, actor: 'bench' });
}

interface GuardianToActivate {
  id: number;
  firstName: string;
  familyName: string;
  studentIds: string;
}

/**
 * Activates `count` guardians' accounts as the activation's last step does (the product's
 * account creator: the account rows and the `account.created` journal event in one
 * transaction), without the SMS steps before it. The identifier comes from this enrolled
 * kiosk's own block (docs/developers/sync.md, "Identifiers"), as for a roster activated offline.
 */
export function activateBenchAccounts(
  kiosk: BenchKiosk,
  count: number,
  passwordHash: string,
): number {
  const link = createHubLinkStore(kiosk.db).read();
  if (!link) throw new Error(`${kiosk.name} is not enrolled`);
  const block = offlineNumbers(link.kioskNumber);
  const guardians = kiosk.db
    .prepare(
      `SELECT g.id, g.first_name AS firstName, g.family_name AS familyName,
              json_group_array(l.student_id) AS studentIds
         FROM guardians g JOIN guardian_students l ON l.guardian_id = g.id
        WHERE g.account_id IS NULL
        GROUP BY g.id ORDER BY g.id LIMIT ?`,
    )
    .all(count) as GuardianToActivate[];
  const createAccount = createAccountCreator(kiosk.db, createJournal(kiosk.db));
  const nextNumber = new Map<string, number>();
  const now = new Date();
  kiosk.db.transaction(() => {
    for (const guardian of guardians) {
      const base = identifierBase({ firstName: guardian.firstName, lastName: guardian.familyName });
      const number = nextNumber.get(base) ?? block.first;
      if (number > block.last) throw new Error(`${kiosk.name}: block full for ${base}`);
      nextNumber.set(base, number + 1);
      createAccount(
        {
          identifier: `${base}${number}`,
          firstName: guardian.firstName,
          passwordHash,
          guardianIds: [guardian.id],
          studentIds: JSON.parse(guardian.studentIds) as number[],
          flowId: null,
        },
        now,
      );
    }
  })();
  return guardians.length;
}

/**
 * Marks this kiosk's journal, as it is now, pushed without sending it: the push measurement's
 * rosters stay on the kiosks. Reading a roster snapshot in the outbox is quadratic today (its
 * links query nests guardians × students: 33 s for 2,400 pupils, hours for 12,000), which
 * would measure that, not the push (docs/developers/benchmark.md, "Sync").
 */
export function acknowledgeJournalUnsent(kiosk: BenchKiosk): void {
  const links = createHubLinkStore(kiosk.db);
  const link = links.read();
  if (!link) throw new Error(`${kiosk.name} is not enrolled`);
  const last = Number(kiosk.db.prepare('SELECT coalesce(max(seq), 0) FROM events').pluck().get());
  links.markPushedThrough(link.kioskId, last);
}

/** What two kiosks of a school must agree on after a sync. */
export function kioskCounts(db: KioskDatabase): Record<string, number> {
  const count = (sql: string) => Number(db.prepare(sql).pluck().get());
  return {
    students: count('SELECT count(*) FROM students'),
    guardians: count('SELECT count(*) FROM guardians'),
    links: count('SELECT count(*) FROM guardian_students'),
    accounts: count('SELECT count(*) FROM accounts'),
    guardiansWithAccount: count('SELECT count(*) FROM guardians WHERE account_id IS NOT NULL'),
    accountChildren: count('SELECT count(*) FROM account_students'),
  };
}
