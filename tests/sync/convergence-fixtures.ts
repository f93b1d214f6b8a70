// What the convergence tests share: the demo parents who activate (one per kiosk, main/demo/
// demo-roster.ts), a seeded generator, so the same cuts happen on every run, and the state that
// must end identical on every kiosk.
import type { TestKiosk } from './sync-harness';

export const DEMO_PARENTS = [
  {
    lastName: 'Dupont',
    firstName: 'Patrick',
    mobile: '06 12 34 56 02',
    birthDates: ['02/05/2012'],
  },
  {
    lastName: 'Lefèvre',
    firstName: 'Marie-Hélène',
    mobile: '06 12 34 56 05',
    birthDates: ['29/02/2012'],
  },
  { lastName: 'Petit', firstName: 'Claire', mobile: '06 12 34 56 08', birthDates: ['12/04/2014'] },
];

/** mulberry32: a small seeded generator. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** What a parent and a secretary see of the synced state: accounts with their guardian, and mobiles. */
export const syncedStateOf = (kiosk: TestKiosk) => ({
  accounts: kiosk.db
    .prepare(
      `SELECT a.id, a.identifier, a.password_hash, a.must_change_password, g.source_id AS guardian
         FROM accounts a JOIN guardians g ON g.account_id = a.id ORDER BY a.id`,
    )
    .all(),
  mobiles: kiosk.db
    .prepare(
      `SELECT g.source_id, c.mobile_e164, c.status FROM guardian_mobile_corrections c
         JOIN guardians g ON g.id = c.guardian_id ORDER BY g.source_id`,
    )
    .all(),
});
