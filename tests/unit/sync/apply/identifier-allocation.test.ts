import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  activateFully,
  createHarness,
  DUPONT_BIRTH_DATES,
  PATRICK_IDENTITY,
  seedDupontFamily,
  type Harness,
} from '../../../integration/core/core-harness';
import { createFirstStaff } from '../../../integration/console/console-harness';
import { applyPage, dupontRoster, enrol, PATRICK, pulled, UAI } from './sync-apply-harness';

const PASSWORD = 'cheval pomme verte';

const addAccount = (h: Harness, identifier: string) =>
  h.db
    .prepare(
      `INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at)
       VALUES (?, ?, 'Patrick', 'scrypt$1$1$1$x$x', 'now', 'now')`,
    )
    .run(randomUUID(), identifier);

describe('identifiers on a kiosk of a hub (docs/developers/sync.md, "Identifiers")', () => {
  let h: Harness;
  beforeEach(() => {
    h = createHarness();
  });
  afterEach(() => h.close());

  it('activation gives the identifier the hub reserved for the guardian', async () => {
    enrol(h, 3);
    applyPage(h, [
      pulled({ type: 'roster.imported', snapshot: dupontRoster() }),
      pulled({ type: 'identifier.reserved', guardian: PATRICK, identifier: 'patrick.dupont17' }),
    ]);
    expect(await activateFully(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, PASSWORD)).toBe(
      'patrick.dupont17',
    );
    expect(
      await h.call('login.submit', { identifier: 'patrick.dupont17', password: PASSWORD }),
    ).toMatchObject({ ok: true });
  });

  it('the desk issuing an identifier gives the reservation too', async () => {
    enrol(h, 3);
    applyPage(h, [
      pulled({ type: 'roster.imported', snapshot: dupontRoster() }),
      pulled({ type: 'identifier.reserved', guardian: PATRICK, identifier: 'patrick.dupont17' }),
    ]);
    await createFirstStaff(h);
    const guardianId = h.db
      .prepare('SELECT id FROM guardians WHERE school_uai = ? AND source_id = ?')
      .pluck()
      .get(UAI, PATRICK.sourceId) as number;
    const issued = await h.okCall('console.issueIdentifier', { guardianId }, 'console-1');
    expect(issued.identifier).toBe('patrick.dupont17');
  });

  it('an enrolled kiosk without a reservation numbers from its own block', async () => {
    enrol(h, 3);
    seedDupontFamily(h);
    addAccount(h, 'patrick.dupont1'); // given by the hub's space to a homonym
    expect(await activateFully(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, PASSWORD)).toBe(
      'patrick.dupont30001',
    );
  });

  it('never an identifier reserved for another guardian, nor one an account holds', async () => {
    enrol(h, 3);
    seedDupontFamily(h);
    addAccount(h, 'patrick.dupont30001');
    applyPage(h, [
      pulled({
        type: 'identifier.reserved',
        guardian: { schoolUai: UAI, sourceId: 'P-OTHER' },
        identifier: 'patrick.dupont30002',
      }),
    ]);
    expect(await activateFully(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, PASSWORD)).toBe(
      'patrick.dupont30003',
    );
  });

  it('a kiosk never enrolled numbers from 1, as before', async () => {
    seedDupontFamily(h);
    expect(await activateFully(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, PASSWORD)).toBe(
      'patrick.dupont1',
    );
  });
});
