import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  childNamed,
  createHarness,
  expectStep,
  PATRICK_IDENTITY,
  reachChildrenStep,
  seedDupontFamily,
  type Family,
  type Harness,
} from './core-harness';

const PASSWORD = 'cheval pomme verte';

describe('activation, as in the seed walkthrough', () => {
  let h: Harness;
  let family: Family;
  beforeEach(() => {
    h = createHarness();
    family = seedDupontFamily(h);
  });
  afterEach(() => h.close());

  it('activates an account end to end, then logs in with it', async () => {
    const start = expectStep(await h.okCall('activation.start', {}), 'identity');
    const confirm = expectStep(
      await h.okCall('activation.submitIdentity', { flowId: start.flowId, ...PATRICK_IDENTITY }),
      'confirm-send',
    );
    expect(confirm.maskedPhone).toBe('06 •• •• •• 78');
    expect(h.sms.sent).toHaveLength(0); // nothing sent before "Valider"

    const code = expectStep(
      await h.okCall('activation.confirmSend', { flowId: start.flowId }),
      'code',
    );
    expect(code.code).toMatchObject({
      maskedPhone: '06 •• •• •• 78',
      validityMinutes: 30,
      remainingAttempts: 5,
    });
    expect(h.sms.sent).toHaveLength(1);
    expect(h.sms.sent[0]?.to).toBe('+33612345678');
    expect(h.sms.sent[0]?.text).toMatch(
      /^EduConnect : votre code d'activation est \d{6}\. Il est valable 30 minutes\. Ne le communiquez à personne\.$/, // S-OTP-6
    );

    const children = expectStep(
      await h.okCall('activation.submitCode', { flowId: start.flowId, code: h.sms.lastCode() }),
      'children',
    );
    expect(children.children.map((c) => [c.firstName, c.className, c.status])).toEqual([
      ['Hugo', '4B', 'pending'],
      ['Léa', '6A', 'pending'],
    ]);
    expect(children.canContinue).toBe(false);
    // Child keys are opaque, never roster ids.
    expect(children.children.map((c) => c.childKey)).not.toContain(String(family.lea));

    await h.okCall('activation.answerChild', {
      flowId: start.flowId,
      childKey: childNamed(children.children, 'Léa').childKey,
      isLegalGuardian: true,
      birthDate: '07/03/2014',
    });
    const answered = expectStep(
      await h.okCall('activation.answerChild', {
        flowId: start.flowId,
        childKey: childNamed(children.children, 'Hugo').childKey,
        isLegalGuardian: true,
        birthDate: '20112012',
      }),
      'children',
    );
    expect(answered.canContinue).toBe(true);

    const identifier = expectStep(
      await h.okCall('activation.continueToIdentifier', { flowId: start.flowId }),
      'identifier',
    );
    expect(identifier.identifier).toBe('patrick.dupont1');
    expectStep(
      await h.okCall('activation.acknowledgeIdentifier', { flowId: start.flowId }),
      'password',
    );
    const done = expectStep(
      await h.okCall('activation.setPassword', {
        flowId: start.flowId,
        password: PASSWORD,
        confirmation: PASSWORD,
      }),
      'done',
    );
    expect(done).toMatchObject({ identifier: 'patrick.dupont1', firstName: 'Patrick' });

    const account = await h.okCall(
      'login.submit',
      { identifier: ' Patrick.Dupont1 ', password: PASSWORD },
      'session-2',
    );
    expect(account).toEqual({
      identifier: 'patrick.dupont1',
      firstName: 'Patrick',
      children: [
        { firstName: 'Hugo', className: '4B' },
        { firstName: 'Léa', className: '6A' },
      ],
      mustChangePassword: false,
    });
  });

  it('journals account.created in the same transaction, without the password hash, and forgets the typed data', async () => {
    const { flowId, children } = await reachChildrenStep(h);
    for (const [name, date] of [
      ['Léa', '07/03/2014'],
      ['Hugo', '20/11/2012'],
    ] as const) {
      await h.okCall('activation.answerChild', {
        flowId,
        childKey: childNamed(children, name).childKey,
        isLegalGuardian: true,
        birthDate: date,
      });
    }
    await h.okCall('activation.continueToIdentifier', { flowId });
    await h.okCall('activation.acknowledgeIdentifier', { flowId });
    await h.okCall('activation.setPassword', {
      flowId,
      password: PASSWORD,
      confirmation: PASSWORD,
    });

    const account = h.db.prepare('SELECT id, password_hash FROM accounts').get() as {
      id: string;
      password_hash: string;
    };
    expect(account.password_hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    const events = h.db.prepare('SELECT type, entity_id, payload FROM events').all() as {
      type: string;
      entity_id: string;
      payload: string;
    }[];
    const created = events.find((e) => e.type === 'account.created');
    expect(created?.entity_id).toBe(account.id);
    expect(JSON.parse(created?.payload ?? '{}')).toMatchObject({
      accountId: account.id,
      identifier: 'patrick.dupont1',
      firstName: 'Patrick',
      guardians: [{ schoolUai: '0750001A' }],
    });
    for (const event of events) {
      expect(event.payload).not.toContain(account.password_hash);
      expect(event.payload).not.toContain('scrypt');
    }
    // Nothing anywhere keeps the password (S-PWD-4).
    const everything = JSON.stringify([
      h.db.prepare('SELECT * FROM audit_log').all(),
      h.db.prepare('SELECT * FROM flows').all(),
      h.db.prepare('SELECT * FROM sms_log').all(),
      events,
    ]);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain(h.sms.lastCode());
    const flow = h.db.prepare('SELECT * FROM flows WHERE id = ?').get(flowId) as Record<
      string,
      unknown
    >;
    expect(flow).toMatchObject({
      state: 'done',
      typed_last_name: null,
      typed_first_name: null,
      phone_e164: null,
      code_hmac: null,
      account_id: account.id,
    });
    const guardian = h.db
      .prepare('SELECT account_id FROM guardians WHERE id = ?')
      .get(family.patrick) as { account_id: string };
    expect(guardian.account_id).toBe(account.id);
  });

  it('a "non" files a wrong-link report and the account links only the other child', async () => {
    const { flowId, children } = await reachChildrenStep(h);
    const afterNo = expectStep(
      await h.okCall('activation.answerChild', {
        flowId,
        childKey: childNamed(children, 'Hugo').childKey,
        isLegalGuardian: false,
      }),
      'children',
    );
    expect(childNamed(afterNo.children, 'Hugo').status).toBe('rejected');
    expect(afterNo.canContinue).toBe(false);
    const report = h.db.prepare('SELECT guardian_id, student_id FROM wrong_link_reports').all();
    expect(report).toEqual([{ guardian_id: family.patrick, student_id: family.hugo }]);
    expect(
      h.db.prepare("SELECT count(*) AS n FROM events WHERE type = 'wrong-link.reported'").get(),
    ).toEqual({ n: 1 });

    await h.okCall('activation.answerChild', {
      flowId,
      childKey: childNamed(children, 'Léa').childKey,
      isLegalGuardian: true,
      birthDate: '7/3/2014',
    });
    await h.okCall('activation.continueToIdentifier', { flowId });
    await h.okCall('activation.acknowledgeIdentifier', { flowId });
    await h.okCall('activation.setPassword', {
      flowId,
      password: PASSWORD,
      confirmation: PASSWORD,
    });
    const account = await h.okCall('login.submit', {
      identifier: 'patrick.dupont1',
      password: PASSWORD,
    });
    expect(account.children).toEqual([{ firstName: 'Léa', className: '6A' }]);
  });

  it('all children answered "non" ends the flow', async () => {
    const { flowId, children } = await reachChildrenStep(h);
    await h.okCall('activation.answerChild', {
      flowId,
      childKey: childNamed(children, 'Hugo').childKey,
      isLegalGuardian: false,
    });
    const ended = await h.okCall('activation.answerChild', {
      flowId,
      childKey: childNamed(children, 'Léa').childKey,
      isLegalGuardian: false,
    });
    expect(ended).toMatchObject({ step: 'ended', reason: 'all-children-rejected' });
    const next = await h.call('activation.continueToIdentifier', { flowId });
    expect(next).toMatchObject({ ok: false, error: { code: 'FLOW_ENDED' } });
  });

  it('CHILDREN_PENDING until every child is answered', async () => {
    const { flowId, children } = await reachChildrenStep(h);
    await h.okCall('activation.answerChild', {
      flowId,
      childKey: childNamed(children, 'Léa').childKey,
      isLegalGuardian: true,
      birthDate: '07/03/2014',
    });
    expect(await h.call('activation.continueToIdentifier', { flowId })).toMatchObject({
      ok: false,
      error: { code: 'CHILDREN_PENDING' },
    });
  });

  it('S-ENUM-3 three wrong birth dates for a child end the flow', async () => {
    const { flowId, children } = await reachChildrenStep(h);
    const childKey = childNamed(children, 'Léa').childKey;
    const answer = (birthDate: string) =>
      h.call('activation.answerChild', { flowId, childKey, isLegalGuardian: true, birthDate });

    expect(await answer('31/02/2014')).toMatchObject({ error: { code: 'BIRTHDATE_FORMAT' } });
    expect(await answer('08/03/2014')).toMatchObject({
      error: { code: 'BIRTHDATE_MISMATCH', details: { remainingAttempts: 2 } },
    });
    expect(await answer('09/03/2014')).toMatchObject({
      error: { code: 'BIRTHDATE_MISMATCH', details: { remainingAttempts: 1 } },
    });
    expect(await answer('10/03/2014')).toMatchObject({
      error: { code: 'BIRTHDATE_TOO_MANY_ATTEMPTS' },
    });
    expect(await answer('07/03/2014')).toMatchObject({
      error: { code: 'FLOW_ENDED', details: { reason: 'too-many-birthdates' } },
    });
    const guardian = h.db
      .prepare('SELECT failed_secret_count FROM guardians WHERE id = ?')
      .get(family.patrick);
    expect(guardian).toEqual({ failed_secret_count: 3 }); // S-RATE-1 counts them
  });

  it('refuses a short or blocklisted password and says why, then accepts a good one', async () => {
    const { flowId, children } = await reachChildrenStep(h);
    for (const child of children) {
      await h.okCall('activation.answerChild', {
        flowId,
        childKey: child.childKey,
        isLegalGuardian: true,
        birthDate: child.firstName === 'Léa' ? '07/03/2014' : '20/11/2012',
      });
    }
    await h.okCall('activation.continueToIdentifier', { flowId });
    await h.okCall('activation.acknowledgeIdentifier', { flowId });
    const set = (password: string, confirmation = password) =>
      h.call('activation.setPassword', { flowId, password, confirmation });

    expect(await set('court')).toMatchObject({ error: { code: 'PASSWORD_TOO_SHORT' } });
    expect(await set('azertyuiop123')).toMatchObject({
      error: { code: 'PASSWORD_BLOCKLISTED', details: { reason: 'common' } },
    });
    expect(await set('patrick.dupont1 !')).toMatchObject({
      error: { details: { reason: 'identifier' } },
    });
    expect(await set('hugo mon fils adoré')).toMatchObject({
      error: { details: { reason: 'personal' } },
    });
    expect(await set('educonnect rocks')).toMatchObject({
      error: { details: { reason: 'service' } },
    });
    expect(await set('cheval pomme verte', 'cheval pomme')).toMatchObject({
      error: { code: 'PASSWORD_MISMATCH' },
    });
    expect(h.db.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 0 });
    expect((await set(PASSWORD)).ok).toBe(true);
  });
});
