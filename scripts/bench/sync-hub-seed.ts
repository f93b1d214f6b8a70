// Fills a hub database with `accounts` account.created changes spread over `schools` schools,
// set-based (generate_series), in the rows the hub's push path stores for them: a change per
// account with the account id as its entity key and the SyncedChange as its payload, from a
// kiosk of the school, versions from the hub's sequence interleaving the schools; the
// identifier claimed in the group (origin 'kiosk', in that kiosk's offline block) and the
// guardian's kept account. Each school's kiosk is a row only (numbered from 50,000, clear of
// the kiosks the benchmark enrols): it never calls the hub.
import type pg from 'pg';

export const seededSchoolUai = (index: number): string => `08${String(index).padStart(5, '0')}S`;

export async function seedHubAccounts(
  pool: pg.Pool,
  options: { accounts: number; schools: number; passwordHash: string },
): Promise<void> {
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    await db.query(
      `CREATE TEMP TABLE seed_schools ON COMMIT DROP AS
       SELECT i AS school_index, '08' || lpad(i::text, 5, '0') || 'S' AS uai,
              gen_random_uuid() AS kiosk_id, 50000 + i AS kiosk_number
         FROM generate_series(0, $1 - 1) AS i`,
      [options.schools],
    );
    await db.query(
      `INSERT INTO schools (uai, name) SELECT uai, 'Collège ' || uai FROM seed_schools`,
    );
    await db.query(
      `INSERT INTO kiosks (id, school_uai, label, credential_hash)
       SELECT kiosk_id, uai, 'Accueil', encode(sha256(kiosk_id::text::bytea), 'hex')
         FROM seed_schools ORDER BY school_index`,
    );
    // Account i belongs to school i % schools: versions interleave the schools as kiosks
    // pushing at the same time would.
    await db.query(
      `INSERT INTO changes (version, school_uai, origin_kiosk_id, type, entity_key, payload)
       SELECT nextval('change_versions'), s.uai, s.kiosk_id, 'account.created', a.account_id::text,
              jsonb_build_object(
                'type', 'account.created',
                'accountId', a.account_id,
                'identifier', 'p' || s.school_index || '.famille' || (s.kiosk_number * 10000 + 1 + a.n),
                'firstName', 'Camille',
                'passwordHash', $3::text,
                'mustChangePassword', false,
                'guardians', jsonb_build_array(
                  jsonb_build_object('schoolUai', s.uai, 'sourceId', (5000000 + a.n)::text)),
                'students', jsonb_build_array(
                  jsonb_build_object('schoolUai', s.uai, 'sourceId', (1000000 + a.n)::text)))
         FROM (SELECT i, i % $2 AS school_index, i / $2 AS n, gen_random_uuid() AS account_id
                 FROM generate_series(0, $1 - 1) AS i) AS a
         JOIN seed_schools s USING (school_index)
        ORDER BY a.i`,
      [options.accounts, options.schools, options.passwordHash],
    );
    await db.query(
      `INSERT INTO identifiers (identifier, school_uai, guardian_source_id, account_id, origin)
       SELECT payload->>'identifier', school_uai, payload->'guardians'->0->>'sourceId',
              entity_key::uuid, 'kiosk'
         FROM changes WHERE type = 'account.created'`,
    );
    await db.query(
      `INSERT INTO guardian_accounts (school_uai, guardian_source_id, account_id, identifier, version)
       SELECT school_uai, payload->'guardians'->0->>'sourceId', entity_key::uuid,
              payload->>'identifier', version
         FROM changes WHERE type = 'account.created'`,
    );
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    db.release();
  }
  await pool.query('ANALYZE');
}
