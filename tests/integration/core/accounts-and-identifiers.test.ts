import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  activateFully,
  createHarness,
  DUPONT_BIRTH_DATES,
  expectStep,
  PATRICK_IDENTITY,
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
});
