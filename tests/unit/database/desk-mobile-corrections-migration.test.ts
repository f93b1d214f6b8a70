import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/database/open-database';
import { IDENTITY_BY_MOBILE_SQL } from '../../../main/flows/identity-checks/identity-matcher';

const planOf = (sql: string): string => {
  const db = openDatabase(':memory:');
  const plan = (
    db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ phone: '+33612345678' }) as { detail: string }[]
  )
    .map((row) => row.detail)
    .join('\n');
  db.close();
  return plan;
};

describe('desk mobile corrections (migration 009)', () => {
  it('the identity check still finds guardians by number through indexes, never a scan', () => {
    const plan = planOf(IDENTITY_BY_MOBILE_SQL);
    expect(plan).toMatch(
      /SEARCH guardians USING (COVERING )?INDEX guardians_by_mobile \(mobile_e164=\?\)/u,
    );
    expect(plan).toMatch(
      /SEARCH guardian_mobile_corrections USING (COVERING )?INDEX guardian_mobile_corrections_active_by_mobile/u,
    );
    expect(plan).not.toMatch(/SCAN (guardians|guardian_mobile_corrections)\b/u);
  });

  it('a correction goes with its guardian (S-DATA-2: purged together)', () => {
    const db = openDatabase(':memory:');
    db.exec(`
      INSERT INTO schools (uai, source, imported_at) VALUES ('0750001A', 'siecle', 'now');
      INSERT INTO guardians (id, school_uai, source_id, family_name, first_name, family_name_key,
                             first_name_key)
        VALUES (1, '0750001A', 'P1', 'DUPONT', 'Patrick', 'dupont', 'patrick');
      INSERT INTO guardian_mobile_corrections
        (guardian_id, mobile_e164, recorded_by, recorded_by_name, recorded_at, status)
        VALUES (1, '+33698765432', 'staff-1', 'Mme Martin', 'now', 'active');
      DELETE FROM guardians WHERE id = 1;
    `);
    expect(db.prepare('SELECT count(*) FROM guardian_mobile_corrections').pluck().get()).toBe(0);
    db.close();
  });
});
