// A roster snapshot is read at push time for a whole school: its links must cost one pass over
// the school's guardians, never guardians × students (seen in the sync benchmark).
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/database/open-database';
import { ROSTER_LINKS_SQL } from '../../../../main/sync/outbox/read-roster-snapshot';

describe('the roster snapshot read by the outbox', () => {
  it('reads links per guardian by key, never every student for every guardian', () => {
    const db = openDatabase(':memory:');
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${ROSTER_LINKS_SQL}`).all('0140070A', '0140070A') as {
        detail: string;
      }[]
    ).map((row) => row.detail);
    expect(plan[0]).toMatch(/^SEARCH g USING INDEX .*\(school_uai=\?\)/u);
    expect(plan).toContainEqual(
      expect.stringMatching(/^SEARCH gs USING PRIMARY KEY \(guardian_id=\?\)/u),
    );
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH s USING INTEGER PRIMARY KEY/u));
    db.close();
  });
});
