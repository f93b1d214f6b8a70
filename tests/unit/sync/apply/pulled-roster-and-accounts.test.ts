import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  activateFully,
  createHarness,
  DUPONT_BIRTH_DATES,
  expectStep,
  PATRICK_IDENTITY,
  reachCodeStep,
  type Harness,
} from '../../../integration/core/core-harness';
import { createFirstStaff } from '../../../integration/console/console-harness';
import {
  applyPage,
  count,
  dupontRoster,
  enrol,
  events,
  hashAsAnotherKiosk,
  HUGO,
  LEA,
  PATRICK,
  pulled,
  UAI,
} from './sync-apply-harness';

const PASSWORD = 'cheval pomme verte';
const NEW_PASSWORD = 'girafe nuage orange';

describe('a roster pulled from the hub (S-SYNC-6)', () => {
  let h: Harness;
  beforeEach(() => {
    h = createHarness();
    enrol(h, 3);
  });
  afterEach(() => h.close());

  it('is imported as a local import would be: a parent activates, the console finds them', async () => {
    const before = events(h);
    expect(applyPage(h, [pulled({ type: 'roster.imported', snapshot: dupontRoster() })])).toEqual({
      ok: true,
      value: { applied: 1, skipped: 0 },
    });
    // Activation's identity matching finds Patrick and sends him his code.
    await reachCodeStep(h);
    expect(h.sms.sent).toHaveLength(1);
    // The secretariat's console finds him too.
    await createFirstStaff(h);
    const found = await h.okCall('console.searchGuardians', { query: 'dupont' }, 'console-1');
    expect(found.map((g) => g.firstName)).toEqual(['Patrick']);
    // Audited by 'sync', and no roster.imported event: it would go back to the hub as ours.
    expect(
      h.db.prepare("SELECT actor FROM audit_log WHERE action = 'roster.imported'").pluck().all(),
    ).toEqual(['sync']);
    expect(
      h.db
        .prepare("SELECT type FROM events WHERE seq > ? AND type LIKE 'roster.%'")
        .pluck()
        .all(before),
    ).toEqual([]);
  });

  it('the same roster pulled again changes nothing', () => {
    const snapshot = dupontRoster();
    applyPage(h, [pulled({ type: 'roster.imported', snapshot })]);
    const audits = count(h, 'audit_log');
    expect(applyPage(h, [pulled({ type: 'roster.imported', snapshot })])).toEqual({
      ok: true,
      value: { applied: 0, skipped: 1 },
    });
    expect(count(h, 'audit_log')).toBe(audits);
  });

  it('a roster of another school is refused with its whole page', () => {
    const foreign = dupontRoster();
    foreign.school.uai = '0930002B';
    const result = applyPage(h, [
      pulled({ type: 'identifier.reserved', guardian: PATRICK, identifier: 'patrick.dupont7' }),
      pulled({ type: 'roster.imported', snapshot: foreign }),
    ]);
    expect(result).toMatchObject({ ok: false, error: { code: 'SYNC_CHANGE_INVALID' } });
    expect(count(h, 'schools')).toBe(0);
    expect(count(h, 'identifier_reservations')).toBe(0);
  });
});

describe('accounts pulled from the hub', () => {
  let h: Harness;
  const accountId = randomUUID();
  const created = async (password = PASSWORD) =>
    pulled({
      type: 'account.created',
      accountId,
      identifier: 'patrick.dupont20001',
      firstName: 'Patrick',
      passwordHash: await hashAsAnotherKiosk(password),
      mustChangePassword: false,
      guardians: [PATRICK],
      students: [LEA, HUGO],
    });
  const login = (identifier: string, password: string, sessionId = 'session-1') =>
    h.call('login.submit', { identifier, password }, sessionId);

  beforeEach(() => {
    h = createHarness();
    enrol(h, 3);
    applyPage(h, [pulled({ type: 'roster.imported', snapshot: dupontRoster() })]);
  });
  afterEach(() => h.close());

  it('an account activated at another kiosk logs in here, with its children', async () => {
    const before = events(h);
    expect(applyPage(h, [await created()])).toMatchObject({ ok: true, value: { applied: 1 } });
    const view = await h.okCall('login.submit', {
      identifier: 'patrick.dupont20001',
      password: PASSWORD,
    });
    expect(view.children.map((c) => c.firstName).sort()).toEqual(['Hugo', 'Léa']);
    // Patrick starting an activation here is told he already has his identifier.
    const flowId = await reachCodeStep(h, PATRICK_IDENTITY, 'visit-2');
    const answer = await h.okCall(
      'activation.submitCode',
      { flowId, code: h.sms.lastCode() },
      'visit-2',
    );
    expect(expectStep(answer, 'already-activated').identifier).toBe('patrick.dupont20001');
    expect(events(h)).toBe(before);
    expect(
      h.db.prepare("SELECT actor FROM audit_log WHERE action = 'account.created'").pluck().all(),
    ).toEqual(['sync']);
  });

  it('the same account pulled twice (or on a page applied twice) is one account', async () => {
    const page = [await created()];
    applyPage(h, page);
    const audits = count(h, 'audit_log');
    expect(applyPage(h, page)).toEqual({ ok: true, value: { applied: 0, skipped: 1 } });
    expect(count(h, 'accounts')).toBe(1);
    expect(count(h, 'audit_log')).toBe(audits);
  });

  it('a password changed at another kiosk refuses the old one here and ends its logins', async () => {
    applyPage(h, [await created()]);
    await h.okCall('login.submit', { identifier: 'patrick.dupont20001', password: PASSWORD });
    expect(await h.call('account.view', {})).toMatchObject({ ok: true });

    const changed = pulled({
      type: 'account.password-changed',
      accountId,
      passwordHash: await hashAsAnotherKiosk(NEW_PASSWORD),
      mustChangePassword: false,
    });
    expect(applyPage(h, [changed])).toMatchObject({ ok: true, value: { applied: 1 } });

    expect(await h.call('account.view', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_LOGGED_IN' },
    });
    expect(await login('patrick.dupont20001', PASSWORD, 'session-2')).toMatchObject({
      ok: false,
      error: { code: 'LOGIN_FAILED' },
    });
    expect(await login('patrick.dupont20001', NEW_PASSWORD, 'session-3')).toMatchObject({
      ok: true,
    });
  });

  it('a retired account is refused after the right password, naming the identifier to use', async () => {
    // Patrick activated here while offline (kiosk 3's block) and at another kiosk, whose
    // account reached the hub first: the hub retires ours.
    const ours = await activateFully(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, 'mon mot ici ok');
    expect(ours).toBe('patrick.dupont30001');
    const ourId = h.db
      .prepare('SELECT id FROM accounts WHERE identifier = ?')
      .pluck()
      .get(ours) as string;
    await h.okCall('login.submit', { identifier: ours, password: 'mon mot ici ok' }, 'logged');

    const page = [
      await created(),
      pulled(
        {
          type: 'account.retired',
          accountId: ourId,
          keptAccountId: accountId,
          keptIdentifier: 'patrick.dupont20001',
        },
        null,
      ),
    ];
    expect(applyPage(h, page)).toMatchObject({ ok: true, value: { applied: 2 } });

    expect(await login(ours, 'mon mot ici ok', 'session-2')).toEqual({
      ok: false,
      error: {
        code: 'ACCOUNT_RETIRED',
        message: expect.any(String),
        details: { useIdentifier: 'patrick.dupont20001' },
      },
    });
    // A wrong password says nothing more than for any account.
    expect(await login(ours, 'pas le bon mot', 'session-3')).toMatchObject({
      error: { code: 'LOGIN_FAILED' },
    });
    // Its login on this kiosk ended; the kept account is Patrick's, with his children.
    expect(await h.call('account.view', {}, 'logged')).toMatchObject({ ok: false });
    const kept = await h.okCall(
      'login.submit',
      { identifier: 'patrick.dupont20001', password: PASSWORD },
      'session-4',
    );
    expect(kept.children).toHaveLength(2);
    expect(
      h.db
        .prepare('SELECT account_id FROM guardians WHERE school_uai = ? AND source_id = ?')
        .pluck()
        .get(UAI, PATRICK.sourceId),
    ).toBe(accountId);
  });

  it("an account pulled with the identifier of ours (both kiosks gave the hub's one reservation offline) retires ours: its password logs in, ours fails as a wrong one", async () => {
    applyPage(h, [
      pulled(
        { type: 'identifier.reserved', guardian: PATRICK, identifier: 'patrick.dupont1' },
        null,
      ),
    ]);
    const ours = await activateFully(h, PATRICK_IDENTITY, DUPONT_BIRTH_DATES, 'mon mot ici ok');
    expect(ours).toBe('patrick.dupont1');
    const ourId = h.db
      .prepare('SELECT id FROM accounts WHERE identifier = ?')
      .pluck()
      .get(ours) as string;
    const ourEvent = h.db
      .prepare("SELECT payload FROM events WHERE type = 'account.created'")
      .pluck()
      .get() as string;
    await h.okCall('login.submit', { identifier: ours, password: 'mon mot ici ok' }, 'logged');

    const theirs = pulled({
      type: 'account.created',
      accountId,
      identifier: 'patrick.dupont1',
      firstName: 'Patrick',
      passwordHash: await hashAsAnotherKiosk(PASSWORD),
      mustChangePassword: false,
      guardians: [PATRICK],
      students: [LEA, HUGO],
    });
    expect(applyPage(h, [theirs])).toMatchObject({ ok: true, value: { applied: 1 } });

    expect(await login(ours, 'mon mot ici ok', 'session-2')).toMatchObject({
      ok: false,
      error: { code: 'LOGIN_FAILED' },
    });
    expect(await h.call('account.view', {}, 'logged')).toMatchObject({ ok: false });
    const kept = await h.okCall('login.submit', { identifier: ours, password: PASSWORD }, 's-3');
    expect(kept.children).toHaveLength(2);
    expect(
      h.db
        .prepare('SELECT account_id FROM guardians WHERE school_uai = ? AND source_id = ?')
        .pluck()
        .get(UAI, PATRICK.sourceId),
    ).toBe(accountId);
    // Ours stays, retired, its identifier freed; its unpushed event still names the identifier,
    // so the hub records the conflict when it arrives.
    expect(
      h.db.prepare('SELECT retired_for_identifier FROM accounts WHERE id = ?').get(ourId),
    ).toEqual({ retired_for_identifier: 'patrick.dupont1' });
    expect(
      h.db.prepare("SELECT payload FROM events WHERE type = 'account.created'").pluck().get(),
    ).toBe(ourEvent);
    expect(JSON.parse(ourEvent)).toMatchObject({ accountId: ourId, identifier: 'patrick.dupont1' });
    const audit = h.db
      .prepare("SELECT actor, details FROM audit_log WHERE action = 'account.retired'")
      .all() as { actor: string; details: string }[];
    expect(audit.map((a) => [a.actor, JSON.parse(a.details)])).toEqual([
      ['sync', expect.objectContaining({ accountId: ourId, keptAccountId: accountId })],
    ]);
    // The hub's retirement of ours, pulled later, changes nothing more; one of an account this
    // kiosk never had changes nothing at all.
    const retiredLater = (id: string) =>
      pulled(
        {
          type: 'account.retired',
          accountId: id,
          keptAccountId: accountId,
          keptIdentifier: 'patrick.dupont1',
        },
        null,
      );
    expect(applyPage(h, [retiredLater(ourId), retiredLater(randomUUID())])).toEqual({
      ok: true,
      value: { applied: 0, skipped: 2 },
    });
  });
});
