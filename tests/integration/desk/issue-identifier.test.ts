import { afterEach, describe, expect, it } from 'vitest';
import { TEMPORARY_PASSWORD_ALPHABET } from '../../../main/desk/temporary-password';
import { createHarness, seedDupontFamily, type Harness } from '../core/core-harness';
import type { StaffIdentity } from '../../../main/desk/desk-staff';
import type { TemporaryPasswordLetter } from '../../../shared/temporary-password-letter-document';
import { loginSecretary, STAFF_SESSION } from './desk-staff-fixture';

let h: Harness;
let secretary: StaffIdentity;
afterEach(() => h.close());

const issue = (guardianId: number) =>
  h.call('console.issueIdentifier', { guardianId }, STAFF_SESSION);
const count = (table: string) =>
  h.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('issuing an identifier with a temporary password at the desk', () => {
  it('creates the account like activation does, linked to the children, password to change', async () => {
    h = createHarness();
    secretary = await loginSecretary(h);
    const { patrick, lea, hugo } = seedDupontFamily(h);
    const result = await issue(patrick);
    if (!result.ok) throw new Error(result.error.code);
    const issued = result.value;
    expect(issued).toMatchObject({
      identifier: 'patrick.dupont1',
      guardianFirstName: 'Patrick',
      guardianFamilyName: 'DUPONT',
      childrenFirstNames: ['Hugo', 'Léa'],
      schoolName: 'Collège Jean Moulin',
    });
    expect(issued.temporaryPassword).toMatch(
      new RegExp(
        `^[${TEMPORARY_PASSWORD_ALPHABET}]{4}(-[${TEMPORARY_PASSWORD_ALPHABET}]{4}){3}$`,
        'u',
      ),
    );

    const account = h.db
      .prepare('SELECT id, must_change_password AS mustChange, password_hash AS hash FROM accounts')
      .get() as { id: string; mustChange: number; hash: string };
    expect(account.mustChange).toBe(1);
    expect(account.hash).toMatch(/^scrypt\$/u);
    expect(h.db.prepare('SELECT account_id FROM guardians WHERE id = ?').pluck().get(patrick)).toBe(
      account.id,
    );
    expect(
      h.db.prepare('SELECT student_id FROM account_students ORDER BY student_id').pluck().all(),
    ).toEqual([lea, hugo].sort((a, b) => a - b));

    // The parent logs in at the kiosk with it (the forced change comes with the recovery work).
    const login = await h.call(
      'login.submit',
      { identifier: issued.identifier, password: issued.temporaryPassword },
      'parent-session',
    );
    expect(login.ok).toBe(true);
  });

  it('S-PWD-4: the temporary password is nowhere in the database, journal or audit log', async () => {
    h = createHarness();
    secretary = await loginSecretary(h);
    const { patrick } = seedDupontFamily(h);
    const result = await issue(patrick);
    if (!result.ok) throw new Error(result.error.code);
    const everything = JSON.stringify([
      h.db.prepare('SELECT * FROM accounts').all(),
      h.db.prepare('SELECT * FROM events').all(),
      h.db.prepare('SELECT * FROM audit_log').all(),
    ]);
    expect(everything).not.toContain(result.value.temporaryPassword);
    const audit = h.db
      .prepare(
        "SELECT actor, guardian_id AS guardianId FROM audit_log WHERE action = 'account.issued-at-desk'",
      )
      .all();
    expect(audit).toEqual([{ actor: `staff:${secretary.staffId}`, guardianId: patrick }]);
  });

  it('draws a different password each time', async () => {
    h = createHarness();
    secretary = await loginSecretary(h);
    const { patrick } = seedDupontFamily(h);
    const other = h.roster.guardian({
      familyName: 'DUPONT',
      firstName: 'Claire',
      mobileE164: null,
    });
    h.roster.link(other, h.db.prepare('SELECT min(id) FROM students').pluck().get() as number);
    const a = await issue(patrick);
    const b = await issue(other);
    if (!a.ok || !b.ok) throw new Error('issue failed');
    expect(a.value.temporaryPassword).not.toBe(b.value.temporaryPassword);
  });

  it('refuses an activated guardian, one with no enrolled child at legal level and an unknown one', async () => {
    h = createHarness();
    secretary = await loginSecretary(h);
    const { patrick, lea } = seedDupontFamily(h);
    const contactOnly = h.roster.guardian({
      familyName: 'MARTIN',
      firstName: 'Luc',
      mobileE164: null,
    });
    h.roster.link(contactOnly, lea, 3);
    expect((await issue(patrick)).ok).toBe(true);
    const codes = [await issue(patrick), await issue(contactOnly), await issue(9999)].map((r) =>
      r.ok ? 'ok' : r.error.code,
    );
    expect(codes).toEqual([
      'GUARDIAN_ALREADY_ACTIVATED',
      'GUARDIAN_NOT_LEGAL',
      'GUARDIAN_NOT_FOUND',
    ]);
    expect(count('accounts')).toBe(1);
  });

  it('is all-or-nothing: a failure after the account row leaves no account, link or event', async () => {
    h = createHarness();
    secretary = await loginSecretary(h);
    const { patrick } = seedDupontFamily(h);
    // A write failing late in the transaction (as a full disk would).
    h.db
      .exec(`CREATE TEMP TRIGGER fail_must_change BEFORE UPDATE OF must_change_password ON accounts
               BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    // The staff login's own audit entries are there already.
    const auditBefore = count('audit_log');
    const result = await issue(patrick);
    expect(result.ok ? 'ok' : result.error.code).toBe('INTERNAL');
    expect(count('accounts')).toBe(0);
    expect(count('account_students')).toBe(0);
    expect(count('events')).toBe(0);
    expect(count('audit_log')).toBe(auditBefore);
    expect(
      h.db.prepare('SELECT account_id FROM guardians WHERE id = ?').pluck().get(patrick),
    ).toBeNull();
  });

  it('S-SEC-1: refuses without a staff login and creates nothing', async () => {
    h = createHarness();
    secretary = await loginSecretary(h);
    const { patrick } = seedDupontFamily(h);
    const result = await h.call(
      'console.issueIdentifier',
      { guardianId: patrick },
      'parent-session',
    );
    expect(result.ok ? 'ok' : result.error.code).toBe('STAFF_NOT_LOGGED_IN');
    expect(count('accounts')).toBe(0);
  });

  it('S-SEC-1: "Enregistrer en PDF" hands the letter to the Electron host, only with a staff login', async () => {
    const letters: TemporaryPasswordLetter[] = [];
    h = createHarness({
      saveLetterPdf: async (letter) => {
        letters.push(letter);
        return { saved: true, fileName: 'lettre-patrick.dupont1.pdf' };
      },
    });
    secretary = await loginSecretary(h);
    const letter: TemporaryPasswordLetter = {
      title: 'Vos identifiants',
      blocks: [
        {
          kind: 'credential',
          label: 'Identifiant',
          value: 'patrick.dupont1',
          testId: 'identifier',
        },
      ],
    };
    const refused = await h.call('console.saveLetterPdf', { letter }, 'parent-session');
    expect(refused.ok ? 'ok' : refused.error.code).toBe('STAFF_NOT_LOGGED_IN');
    expect(letters).toHaveLength(0);
    expect(await h.okCall('console.saveLetterPdf', { letter }, STAFF_SESSION)).toEqual({
      saved: true,
      fileName: 'lettre-patrick.dupont1.pdf',
    });
    expect(letters).toEqual([letter]);
  });

  it('answers LETTER_PDF_UNAVAILABLE in the browser host, whose core cannot print to PDF', async () => {
    h = createHarness();
    secretary = await loginSecretary(h);
    const result = await h.call(
      'console.saveLetterPdf',
      { letter: { title: 'Vos identifiants', blocks: [] } },
      STAFF_SESSION,
    );
    expect(result.ok ? 'ok' : result.error.code).toBe('LETTER_PDF_UNAVAILABLE');
  });
});
