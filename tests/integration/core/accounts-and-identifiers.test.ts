import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  activateFully,
  createHarness,
  DUPONT_BIRTH_DATES,
  expectStep,
  PATRICK_IDENTITY,
  PATRICK_MOBILE,
  reachCodeStep,
  reachIdentifierStep,
  seedDupontFamily,
  type Harness,
} from './core-harness';

const PASSWORD = 'cheval pomme verte';
const OTHER_PATRICK = { lastName: 'Dupont', firstName: 'Patrick', mobile: '06 98 76 54 32' };

describe('identifiers and accounts', () => {
  let h: Harness;
  beforeEach(() => {
    h = createHarness();
    seedDupontFamily(h);
    // A homonym: another Patrick Dupont, another phone, another child.
    const zoe = h.roster.student({ firstName: 'Zoé', birthDate: '2013-05-01', className: '5C' });
    const other = h.roster.guardian({
      familyName: 'Dupont',
      firstName: 'Patrick',
      mobileE164: '+33698765432',
    });
    h.roster.link(other, zoe);
  });
  afterEach(() => h.close());

  it('gives a homonym patrick.dupont2', async () => {
    expect(await activateFully(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, PASSWORD)).toBe(
      'patrick.dupont1',
    );
    expect(
      await activateFully(h, OTHER_PATRICK, { Zoé: '01/05/2013' }, PASSWORD, 'session-2'),
    ).toBe('patrick.dupont2');
    const zoeAccount = await h.okCall('login.submit', {
      identifier: 'patrick.dupont2',
      password: PASSWORD,
    });
    expect(zoeAccount.children).toEqual([{ firstName: 'Zoé', className: '5C' }]);
  });

  it('does not hand out an identifier another open flow has reserved', async () => {
    await reachIdentifierStep(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, 'session-1');
    const second = await reachIdentifierStep(h, OTHER_PATRICK, { Zoé: '01/05/2013' }, 'session-2');
    const view = await h.okCall(
      'activation.acknowledgeIdentifier',
      { flowId: second },
      'session-2',
    );
    expect(view).toMatchObject({ step: 'password', identifier: 'patrick.dupont2' });
  });

  it('tells an already-activated guardian their identifier instead of making a second account', async () => {
    await activateFully(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, PASSWORD);
    h.clock.advanceSeconds(3600);
    const flowId = await reachCodeStep(h, PATRICK_IDENTITY, 'session-2');
    const view = await h.okCall(
      'activation.submitCode',
      { flowId, code: h.sms.lastCode() },
      'session-2',
    );
    expect(view).toMatchObject({
      step: 'already-activated',
      identifier: 'patrick.dupont1',
      firstName: 'Patrick',
    });
    expect(h.db.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 1 });
  });

  it('re-allocates when the identifier was taken meanwhile (e.g. by a synced kiosk)', async () => {
    const flowId = await reachIdentifierStep(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES);
    await h.okCall('activation.acknowledgeIdentifier', { flowId });
    h.db
      .prepare(
        `INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at)
         VALUES ('synced', 'patrick.dupont1', 'Patrick', 'scrypt$x', 'now', 'now')`,
      )
      .run();
    const view = await h.okCall('activation.setPassword', {
      flowId,
      password: PASSWORD,
      confirmation: PASSWORD,
    });
    expect(view).toMatchObject({ step: 'identifier', identifier: 'patrick.dupont2' });
    expect(
      h.db.prepare("SELECT count(*) AS n FROM events WHERE type = 'account.created'").get(),
    ).toEqual({ n: 0 });
    await h.okCall('activation.acknowledgeIdentifier', { flowId });
    const done = await h.okCall('activation.setPassword', {
      flowId,
      password: PASSWORD,
      confirmation: PASSWORD,
    });
    expect(expectStep(done, 'done').identifier).toBe('patrick.dupont2');
  });

  it('a guardian known in two schools is shown the account of the lowest roster row, at every step', async () => {
    // The same Patrick in a second school (his roster rows: lowest id first).
    h.roster.school({ uai: '0750002B', name: 'Lycée Victor Hugo' });
    const noe = h.roster.student({
      schoolUai: '0750002B',
      firstName: 'Noé',
      birthDate: '2009-02-02',
    });
    const second = h.roster.guardian({
      schoolUai: '0750002B',
      familyName: 'DUPONT',
      firstName: 'Patrick',
      mobileE164: PATRICK_MOBILE,
    });
    h.roster.link(second, noe);
    const addAccount = (id: string, identifier: string) =>
      h.db
        .prepare(
          `INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at)
           VALUES (?, ?, 'Patrick', 'scrypt$x', 'now', 'now')`,
        )
        .run(id, identifier);
    const link = h.db.prepare('UPDATE guardians SET account_id = ? WHERE id = ?');
    const patrickRows = h.db
      .prepare('SELECT id FROM guardians WHERE mobile_e164 = ? ORDER BY id')
      .pluck()
      .all(PATRICK_MOBILE) as number[];
    expect(patrickRows).toHaveLength(2);

    // Linked while this person was choosing a password (another kiosk, in each school).
    const flowId = await reachIdentifierStep(h, PATRICK_IDENTITY, {
      ...DUPONT_BIRTH_DATES,
      Noé: '02/02/2009',
    });
    await h.okCall('activation.acknowledgeIdentifier', { flowId });
    addAccount('account-of-row-2', 'patrick.dupont7');
    addAccount('account-of-row-1', 'patrick.dupont8');
    link.run('account-of-row-2', patrickRows[1]);
    link.run('account-of-row-1', patrickRows[0]);
    const atPassword = await h.okCall('activation.setPassword', {
      flowId,
      password: PASSWORD,
      confirmation: PASSWORD,
    });
    expect(atPassword).toMatchObject({ step: 'already-activated', identifier: 'patrick.dupont8' });

    // A later flow of the same person: the same account when the code is accepted.
    h.clock.advanceSeconds(3600);
    const later = await reachCodeStep(h, PATRICK_IDENTITY, 'session-2');
    const atCode = await h.okCall(
      'activation.submitCode',
      { flowId: later, code: h.sms.lastCode() },
      'session-2',
    );
    expect(atCode).toMatchObject({ step: 'already-activated', identifier: 'patrick.dupont8' });
  });

  it('builds the identifier from the usage name when the roster has one', async () => {
    const flowId = await reachIdentifierStep(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES);
    h.db
      .prepare("UPDATE guardians SET usage_name = 'Le Gall' WHERE mobile_e164 = ?")
      .run(PATRICK_MOBILE);
    // Taken meanwhile: the re-allocation picks the name the same way as the first reservation.
    h.db
      .prepare(
        `INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at)
         VALUES ('synced', 'patrick.dupont1', 'Patrick', 'scrypt$x', 'now', 'now')`,
      )
      .run();
    await h.okCall('activation.acknowledgeIdentifier', { flowId });
    const view = await h.okCall('activation.setPassword', {
      flowId,
      password: PASSWORD,
      confirmation: PASSWORD,
    });
    expect(view).toMatchObject({ step: 'identifier', identifier: 'patrick.le-gall1' });
  });
});

describe('S-PWD-2 the configured service name', () => {
  it('refuses a password containing settings.serviceName, and still "educonnect"', async () => {
    const h = createHarness({ settings: { serviceName: 'ENT Mon Collège' } });
    try {
      seedDupontFamily(h);
      const flowId = await reachIdentifierStep(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES);
      await h.okCall('activation.acknowledgeIdentifier', { flowId });
      for (const password of ['vive ent mon college', 'mon educonnect a moi']) {
        expect(
          await h.call('activation.setPassword', { flowId, password, confirmation: password }),
        ).toEqual({
          ok: false,
          error: {
            code: 'PASSWORD_BLOCKLISTED',
            message: 'The password is on the blocklist',
            details: { reason: 'service' },
          },
        });
      }
    } finally {
      h.close();
    }
  });
});
