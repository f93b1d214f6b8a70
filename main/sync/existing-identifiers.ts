// The identifiers a kiosk that ran alone has given or holds for a parent mid-activation: the
// hub claims them for the school at enrolment (docs/developers/sync.md, "Identifiers"), so no
// allocator anywhere in the group gives them again.
import type { KioskDatabase } from '../database/open-database';
import { OPEN_FLOW_SQL } from '../database/open-flows-sql';

export function readExistingIdentifiers(db: KioskDatabase): string[] {
  return db
    .prepare(
      `SELECT identifier FROM accounts
       UNION
       SELECT reserved_identifier FROM flows
        WHERE reserved_identifier IS NOT NULL AND ${OPEN_FLOW_SQL}
       ORDER BY 1`,
    )
    .pluck()
    .all() as string[];
}
