import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIdentifierAllocator } from '../../../main/accounts/identifier-allocator';
import { identifierBase } from '../../../shared/identifier-base';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';

describe('identifier base (seed: "patrick.dupont1")', () => {
  it.each([
    [{ firstName: 'Patrick', lastName: 'DUPONT' }, 'patrick.dupont'],
    [{ firstName: 'Hélène', lastName: 'Lefèvre' }, 'helene.lefevre'],
    [{ firstName: 'Jean-Pierre', lastName: 'Martin' }, 'jean-pierre.martin'],
    [{ firstName: 'Jean Pierre', lastName: 'Le Gall' }, 'jean-pierre.le-gall'],
    [{ firstName: 'Anne', lastName: "d'Arcy" }, 'anne.darcy'],
    [{ firstName: 'Anne', lastName: 'D’Arcy' }, 'anne.darcy'],
    [{ firstName: 'Lætitia', lastName: 'Cœur' }, 'laetitia.coeur'],
    [{ firstName: ' Marie ', lastName: 'De  --  La Tour' }, 'marie.de-la-tour'],
    [{ firstName: 'Çağla', lastName: 'Öztürk' }, 'cagla.ozturk'],
  ])('%j → %s', (name, expected) => {
    expect(identifierBase(name)).toBe(expected);
  });
});

describe('allocateIdentifier', () => {
  let db: KioskDatabase;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  const addAccount = (identifier: string) =>
    db
      .prepare(
        `INSERT INTO accounts (id, identifier, first_name, password_hash, created_at, updated_at)
         VALUES (?, ?, 'X', 'scrypt$x', 'now', 'now')`,
      )
      .run(`id-${identifier}`, identifier);
  const addFlow = (id: string, state: string, reserved: string) =>
    db
      .prepare(
        `INSERT INTO flows (id, kind, session_id, state, created_at, updated_at, expires_at,
                            reserved_identifier)
         VALUES (?, 'activation', 's', ?, 'now', 'now', 'later', ?)`,
      )
      .run(id, state, reserved);
  const patrick = { firstName: 'Patrick', lastName: 'Dupont' };

  it('gives the first one number 1', () => {
    expect(createIdentifierAllocator(db)(patrick, [])).toBe('patrick.dupont1');
  });

  it('gives a homonym the next number, then the next', () => {
    addAccount('patrick.dupont1');
    expect(createIdentifierAllocator(db)(patrick, [])).toBe('patrick.dupont2');
    addAccount('patrick.dupont2');
    expect(createIdentifierAllocator(db)(patrick, [])).toBe('patrick.dupont3');
  });

  it('fills a gap and ignores longer names sharing the prefix', () => {
    addAccount('patrick.dupont2');
    addAccount('patrick.dupontel1');
    addAccount('patrick.dupont-martin1');
    expect(createIdentifierAllocator(db)(patrick, [])).toBe('patrick.dupont1');
  });

  it('allocates for names with hyphens (a base the number pattern must escape correctly)', () => {
    const jeanPierre = { firstName: 'Jean-Pierre', lastName: 'Le Gall' };
    expect(createIdentifierAllocator(db)(jeanPierre, [])).toBe('jean-pierre.le-gall1');
    addAccount('jean-pierre.le-gall1');
    expect(createIdentifierAllocator(db)(jeanPierre, [])).toBe('jean-pierre.le-gall2');
  });

  it('skips identifiers reserved by another open flow, not by ended ones', () => {
    addFlow('f1', 'password', 'patrick.dupont1');
    addFlow('f2', 'ended', 'patrick.dupont2');
    addFlow('f3', 'done', 'patrick.dupont3');
    expect(createIdentifierAllocator(db)(patrick, [])).toBe('patrick.dupont2');
  });

  it('uses indexes rather than scanning accounts and flows', () => {
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT identifier FROM accounts WHERE identifier >= ? AND identifier < ?
         UNION SELECT reserved_identifier FROM flows
          WHERE reserved_identifier >= ? AND reserved_identifier < ? AND state NOT IN ('ended')`,
      )
      .all('a', 'b', 'a', 'b') as { detail: string }[];
    const details = plan.map((row) => row.detail).join('\n');
    expect(details).toMatch(/accounts USING COVERING INDEX/);
    expect(details).toMatch(/flows USING INDEX flows_by_reserved_identifier/);
  });
});
