// The hub applies a push's activations set-based (hub/rules/account-created.ts): one batch of
// many accounts must end in exactly the state, and serve exactly the changes, that pushing the same
// accounts one per batch gives — including accounts of one batch that meet each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../support/throwaway-postgres';
import type { PulledChange, RosterRef, SyncedChange } from '../../../shared/sync/sync-protocol';
import { accountCreatedChange } from './account-created-change';
import { rosterSnapshot } from './roster-snapshots';
import { startRulesHub, type RulesHub, type TestEvent, type TestKiosk } from './rules-hub';

const SCHOOL = '0750001A';
const guardian = (sourceId: string): RosterRef => ({ schoolUai: SCHOOL, sourceId });

const accountCreated = (identifier: string, ...guardianIds: string[]) =>
  accountCreatedChange(identifier, guardianIds, SCHOOL);

let postgres: ThrowawayPostgres;
beforeAll(async () => {
  postgres = await startThrowawayPostgres();
});
afterAll(async () => {
  await postgres.stop();
});

/** What a kiosk of the school pulls, without what differs between two runs (ids the hub draws). */
function comparable(pulled: readonly PulledChange[]): unknown[] {
  return pulled.map(({ change }) =>
    change.type === 'conflict.recorded' ? { ...change, conflictId: 'drawn by the hub' } : change,
  );
}

interface Outcome {
  pulled: unknown[];
  identifiers: unknown[];
  guardianAccounts: unknown[];
}

/**
 * Kiosk B imports the roster and activates g1 (reserved identifier) and g2 (its own block); kiosk
 * A, offline meanwhile, activated g1 under the same reservation, g2 from its own block, g3 twice,
 * g4 and g5 on one account, reported a wrong link, then activated g6. A pushes all of that either
 * in one batch or one event per batch; a third kiosk pulls everything.
 */
async function scenario(onePush: boolean): Promise<Outcome> {
  const hub: RulesHub = await startRulesHub(postgres);
  try {
    const kioskA = await hub.kiosk(SCHOOL);
    const kioskB = await hub.kiosk(SCHOOL);
    const kioskC = await hub.kiosk(SCHOOL);
    const names = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6'].map((sourceId, i) => ({
      sourceId,
      firstName: 'Patrick',
      familyName: `Famille${i}`,
    }));
    await hub.push(kioskB, {
      change: { type: 'roster.imported', snapshot: rosterSnapshot(SCHOOL, names) },
    });
    const reserved = new Map(
      (await hub.pull(kioskA)).flatMap(({ change }) =>
        change.type === 'identifier.reserved'
          ? [[change.guardian.sourceId, change.identifier] as const]
          : [],
      ),
    );
    const reservation = (sourceId: string): string => reserved.get(sourceId) ?? 'none';
    const ownBlock = (kiosk: TestKiosk, n: number): string =>
      `patrick.famille${kiosk.number * 10_000 + n}`;
    await hub.push(kioskB, { change: accountCreated(reservation('g1'), 'g1') });
    await hub.push(kioskB, { change: accountCreated(ownBlock(kioskB, 1), 'g2') });

    const atA: TestEvent[] = [
      accountCreated(reservation('g1'), 'g1'),
      accountCreated(ownBlock(kioskA, 1), 'g2'),
      accountCreated(reservation('g3'), 'g3'),
      accountCreated(ownBlock(kioskA, 2), 'g3'),
      accountCreated(reservation('g4'), 'g4', 'g5'),
      accountCreated(reservation('g5'), 'g5'),
    ].map((change) => ({ change, seenVersion: 0 }));
    atA.push(
      {
        change: {
          type: 'wrong-link.reported',
          reportId: '00000000-0000-4000-8000-000000000001',
          guardian: guardian('g4'),
          student: { schoolUai: SCHOOL, sourceId: 'child-of-g4' },
        },
      },
      { change: accountCreated(reservation('g6'), 'g6') },
    );
    if (onePush) await hub.push(kioskA, ...atA);
    else for (const event of atA) await hub.push(kioskA, event);

    const identifiers = await hub.pool.query(
      `SELECT identifier, school_uai, guardian_source_id, account_id, origin FROM identifiers
        ORDER BY identifier`,
    );
    const guardianAccounts = await hub.pool.query(
      `SELECT g.guardian_source_id, g.account_id, g.identifier, c.type AS version_is
         FROM guardian_accounts g JOIN changes c ON c.version = g.version AND c.entity_key = g.account_id::text
        ORDER BY g.guardian_source_id`,
    );
    return {
      pulled: comparable(await hub.pull(kioskC)),
      identifiers: identifiers.rows,
      guardianAccounts: guardianAccounts.rows,
    };
  } finally {
    await hub.close();
  }
}

describe('a push of many activations (S-SYNC-5)', () => {
  it('ends in the same state and serves the same changes as one push per activation', async () => {
    const batched = await scenario(true);
    const oneByOne = await scenario(false);
    // The account ids differ between runs: compare the shapes, then the decisions.
    const decisions = (outcome: Outcome): unknown[] =>
      (outcome.pulled as SyncedChange[]).map((change) =>
        change.type === 'account.retired' || change.type === 'account.created'
          ? { type: change.type }
          : change.type === 'conflict.recorded'
            ? { type: change.type, kind: change.kind, detail: Object.keys(change.detail).sort() }
            : { type: change.type },
      );
    expect(decisions(batched)).toEqual(decisions(oneByOne));
    expect(batched.identifiers.length).toBe(oneByOne.identifiers.length);
    expect(batched.guardianAccounts.length).toBe(oneByOne.guardianAccounts.length);

    const pulled = batched.pulled as SyncedChange[];
    const created = pulled.filter((c) => c.type === 'account.created');
    const retired = pulled.filter((c) => c.type === 'account.retired');
    // B's two accounts, then A's: g1 under the same reservation is only retired (never served
    // as a second account with one identifier); g2, the second g3 and g5 are served and retired.
    expect(created.map((c) => c.guardians.map((g) => g.sourceId))).toEqual([
      ['g1'],
      ['g2'],
      ['g2'],
      ['g3'],
      ['g3'],
      ['g4', 'g5'],
      ['g5'],
      ['g6'],
    ]);
    expect(retired).toHaveLength(4);
    const keptFor = new Map(
      (batched.guardianAccounts as { guardian_source_id: string; account_id: string }[]).map(
        (row) => [row.guardian_source_id, row.account_id],
      ),
    );
    const createdFor = (sourceId: string, nth = 0): string | undefined =>
      created.filter((c) => c.guardians[0]?.sourceId === sourceId)[nth]?.accountId;
    expect(keptFor.get('g3')).toBe(createdFor('g3', 0));
    expect(keptFor.get('g4')).toBe(createdFor('g4'));
    expect(keptFor.get('g5')).toBe(createdFor('g4'));
    expect(retired.map((c) => c.accountId)).toEqual([
      expect.any(String),
      createdFor('g2', 1),
      createdFor('g3', 1),
      createdFor('g5'),
    ]);
    for (const row of batched.guardianAccounts as { version_is: string }[]) {
      expect(row.version_is).toBe('account.created');
    }
    expect(pulled.filter((c) => c.type === 'conflict.recorded')).toHaveLength(4);
    expect(pulled.filter((c) => c.type === 'wrong-link.reported')).toHaveLength(1);
  });
});
