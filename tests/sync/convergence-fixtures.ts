// What the convergence tests share: the demo parents who activate (one per kiosk, main/demo/
// demo-roster.ts) and a seeded generator, so the same cuts happen on every run.

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
