// Schools, enrolment codes, kiosks and their credentials (S-SYNC-1), against a real PostgreSQL.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateKiosk } from '../../hub/directory/authenticate-kiosk';
import { CODE_ALPHABET } from '../../hub/directory/enrolment-codes';
import { enrolKiosk } from '../../hub/directory/enrol-kiosk';
import { listIdentifierClashes } from '../../hub/directory/identifier-clashes';
import { listKiosks, revokeKiosk } from '../../hub/directory/kiosks';
import { addSchool, listSchools } from '../../hub/directory/schools';
import { pushBatch } from '../../hub/sync/push-batch';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/throwaway-postgres';
import {
  addTestSchool,
  enrolmentCodeFor,
  enrolTestKiosk,
  freshHubDatabase,
  lockOf,
  pushedEvent,
} from '../support/hub-fixture';

const A = '0750001A';
const B = '0750002B';
let postgres: ThrowawayPostgres;
let pool: pg.Pool;
beforeAll(async () => {
  postgres = await startThrowawayPostgres();
  pool = (await freshHubDatabase(postgres)).pool;
  await addTestSchool(pool, A);
  await addTestSchool(pool, B);
});
afterAll(async () => {
  await pool.end();
  await postgres.stop();
});

const enrol = (code: string, existingIdentifiers: string[] = []) =>
  enrolKiosk(pool, { code, kioskLabel: 'Accueil', existingIdentifiers });

describe('schools', () => {
  it('adds a school once, refuses a malformed UAI, and lists them', async () => {
    expect((await addSchool(pool, A, 'again')).ok).toBe(false);
    expect(await addSchool(pool, '75001', null)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    const schools = await listSchools(pool);
    expect(schools.map((s) => s.uai)).toEqual([A, B]);
  });
});

describe('S-SYNC-1 enrolment codes', () => {
  it('a code is 16 unambiguous characters, stored only as its hash', async () => {
    const code = await enrolmentCodeFor(pool, A);
    const bare = code.replace(/-/gu, '');
    expect(bare).toHaveLength(16);
    for (const c of bare) expect(CODE_ALPHABET).toContain(c);
    const stored = await pool.query('SELECT code_hash FROM enrolment_codes');
    expect(JSON.stringify(stored.rows)).not.toContain(bare);
  });

  it('works once; a used, an expired and an unknown code get the same answer', async () => {
    const code = await enrolmentCodeFor(pool, A);
    const first = await enrol(code.toLowerCase());
    expect(first).toMatchObject({ ok: true, value: { schoolUai: A, schoolName: `École ${A}` } });
    const used = await enrol(code);
    const expiredCode = await enrolmentCodeFor(pool, A);
    await pool.query(
      "UPDATE enrolment_codes SET expires_at = now() - interval '1 second' WHERE used_at IS NULL",
    );
    const expired = await enrol(expiredCode);
    const unknown = await enrol('ABCD-EFGH-JKLM-NPQR');
    expect(used).toEqual(expired);
    expect(used).toEqual(unknown);
    expect(used).toMatchObject({ ok: false, error: { code: 'enrolment-code-invalid' } });
  });

  it('a code is valid 24 hours by the database clock', async () => {
    await enrolmentCodeFor(pool, B);
    const { rows } = await pool.query<{ hours: number }>(
      'SELECT extract(epoch FROM expires_at - created_at)::int / 3600 AS hours FROM enrolment_codes ORDER BY created_at DESC LIMIT 1',
    );
    expect(rows[0]).toEqual({ hours: 24 });
  });

  it('gives each kiosk its own number and a credential the hub keeps only as a hash', async () => {
    const one = await enrolTestKiosk(pool, B, 'Entrée');
    const two = await enrolTestKiosk(pool, B, 'Secrétariat');
    expect(one.number).not.toEqual(two.number);
    expect(one.credential.startsWith(`${one.id}.`)).toBe(true);
    const secret = one.credential.split('.')[1] ?? '';
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    const stored = await pool.query('SELECT * FROM kiosks');
    expect(JSON.stringify(stored.rows)).not.toContain(secret);
    expect(await authenticateKiosk(pool, one.credential)).toEqual({
      ok: true,
      value: { id: one.id, schoolUai: B, number: one.number },
    });
  });

  it('refuses a credential with a wrong secret, a malformed one and an unknown kiosk', async () => {
    const kiosk = await enrolTestKiosk(pool, A);
    const wrong = `${kiosk.id}.${'x'.repeat(43)}`;
    const unknown = `00000000-0000-4000-8000-000000000000.${kiosk.credential.split('.')[1]}`;
    for (const credential of [wrong, unknown, 'nonsense', '']) {
      expect(await authenticateKiosk(pool, credential)).toMatchObject({
        ok: false,
        error: { code: 'unauthorised' },
      });
    }
  });

  it('a revoked kiosk is refused at its next request, and its push changes nothing', async () => {
    const kiosk = await enrolTestKiosk(pool, A);
    expect((await authenticateKiosk(pool, kiosk.credential)).ok).toBe(true);
    expect((await revokeKiosk(pool, kiosk.id)).ok).toBe(true);
    expect(await authenticateKiosk(pool, kiosk.credential)).toMatchObject({
      ok: false,
      error: { code: 'unauthorised' },
    });
    // A push already past authentication when the revocation lands is refused too.
    expect(
      await pushBatch(pool, kiosk, { events: [pushedEvent(1, lockOf(A, 'g1'))] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'unauthorised' },
    });
    const listed = (await listKiosks(pool, A)).find((k) => k.id === kiosk.id);
    expect(listed?.revokedAt).toBeInstanceOf(Date);
    expect(await revokeKiosk(pool, '00000000-0000-4000-8000-000000000000')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('identifiers a kiosk gave before joining', () => {
  it('are claimed for its school; another school holding one is recorded as a clash', async () => {
    const uai = '0750003C';
    const other = '0750004D';
    await addTestSchool(pool, uai);
    await addTestSchool(pool, other);
    const first = await enrol(await enrolmentCodeFor(pool, other), [
      'patrick.dupont1',
      'marie.curie1',
    ]);
    expect(first.ok).toBe(true);
    const second = await enrol(await enrolmentCodeFor(pool, uai), [
      'patrick.dupont1',
      'jean.moulin1',
    ]);
    expect(second.ok).toBe(true);
    const claimed = await pool.query(
      'SELECT identifier, school_uai, origin FROM identifiers ORDER BY identifier',
    );
    expect(claimed.rows).toEqual([
      { identifier: 'jean.moulin1', school_uai: uai, origin: 'pre-enrolment' },
      { identifier: 'marie.curie1', school_uai: other, origin: 'pre-enrolment' },
      { identifier: 'patrick.dupont1', school_uai: other, origin: 'pre-enrolment' },
    ]);
    expect(await listIdentifierClashes(pool)).toEqual([
      expect.objectContaining({
        identifier: 'patrick.dupont1',
        schoolUai: uai,
        otherSchoolUai: other,
      }),
    ]);
  });

  it('a second kiosk holding accounts is refused in a school that has kiosks, and its code stays usable', async () => {
    const code = await enrolmentCodeFor(pool, A);
    expect(await enrol(code, ['paul.martin1'])).toMatchObject({
      ok: false,
      error: { code: 'school-already-has-kiosks-with-accounts' },
    });
    expect((await enrol(code)).ok).toBe(true);
  });
});
