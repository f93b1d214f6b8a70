// The identifiers a kiosk that ran alone has given or holds for a parent mid-activation: the
// hub claims them for the school at enrolment (docs/developers/sync.md, "Identifiers"), so no
// allocator anywhere in the group gives them again. A freed identifier (freed-identifier.ts) is
// no identifier: the account that lost it no longer holds one.
import type { KioskDatabase } from '../database/open-database';
import { OPEN_FLOW_SQL } from '../database/open-flows-sql';
import { FREED_IDENTIFIER_PREFIX } from '../accounts/freed-identifier';

export function readExistingIdentifiers(db: KioskDatabase): string[] {
  return db
    .prepare(
      `SELECT identifier FROM accounts WHERE substr(identifier, 1, ?) <> ?
       UNION
       SELECT reserved_identifier FROM flows
        WHERE reserved_identifier IS NOT NULL AND ${OPEN_FLOW_SQL}
       ORDER BY 1`,
    )
    .pluck()
    .all(FREED_IDENTIFIER_PREFIX.length, FREED_IDENTIFIER_PREFIX) as string[];
}
