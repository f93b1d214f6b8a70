import type { AuditEntryView, AuditLogPage } from '../../shared/console-views';
import type { RequestOf } from '../../shared/ipc-contract';
import type { KioskDatabase } from '../database/open-database';

export const AUDIT_PAGE_SIZE = 200;
/** An export holds at most this many rows (a school year of a busy kiosk fits). */
export const AUDIT_EXPORT_LIMIT = 100_000;

export type AuditFilter = RequestOf<'console.auditLog'>;

/** True when the range ends before it starts (nothing could match: a typing mistake). */
export const isBackwardsRange = (filter: AuditFilter): boolean =>
  filter.from !== undefined && filter.to !== undefined && filter.from > filter.to;

const ENTRY_COLUMNS = `
  l.id, l.at, l.actor,
  CASE WHEN l.actor LIKE 'staff:%' THEN coalesce(st.display_name, l.actor) ELSE l.actor END
    AS actorLabel,
  l.action, l.guardian_id AS guardianId,
  CASE WHEN g.id IS NULL THEN NULL
       ELSE trim(coalesce(g.usage_name, g.family_name) || ' ' || g.first_name) END AS guardianName,
  CASE WHEN s.id IS NULL THEN NULL
       ELSE trim(coalesce(s.usage_name, s.family_name) || ' ' || s.first_name) END AS studentName,
  l.details`;
const ENTRY_JOINS = `
  FROM audit_log l
  LEFT JOIN staff_accounts st ON l.actor = 'staff:' || st.id
  LEFT JOIN guardians g ON g.id = l.guardian_id
  -- A wrong-link row names its child through its report (the details hold the report's id).
  LEFT JOIN wrong_link_reports r
    ON l.action LIKE 'wrong-link.%' AND r.id = json_extract(l.details, '$.reportId')
  LEFT JOIN students s ON s.id = r.student_id`;
// Every filter is optional: a NULL parameter matches everything. `to` is exclusive.
const WHERE = `
  WHERE (@from IS NULL OR l.at >= @from) AND (@to IS NULL OR l.at < @to)
    AND (@action IS NULL OR l.action = @action) AND (@actor IS NULL OR l.actor = @actor)
    AND (@guardianId IS NULL OR l.guardian_id = @guardianId)`;

/** The console's audit log: filtered pages, the filter's choices, and the rows of an export. */
export function createAuditLogQuery(db: KioskDatabase) {
  const page = db.prepare(
    `SELECT ${ENTRY_COLUMNS} ${ENTRY_JOINS} ${WHERE} ORDER BY l.at DESC, l.id DESC LIMIT ${AUDIT_PAGE_SIZE}`,
  );
  const exportRows = db.prepare(
    `SELECT ${ENTRY_COLUMNS} ${ENTRY_JOINS} ${WHERE} ORDER BY l.at, l.id LIMIT ${AUDIT_EXPORT_LIMIT}`,
  );
  const count = db.prepare(`SELECT count(*) AS n FROM audit_log l ${WHERE}`);
  const actions = db.prepare('SELECT DISTINCT action FROM audit_log ORDER BY action');
  const actors = db.prepare(
    `SELECT DISTINCT l.actor AS actor, coalesce(st.display_name, l.actor) AS label
       FROM audit_log l LEFT JOIN staff_accounts st ON l.actor = 'staff:' || st.id
      ORDER BY label`,
  );

  const parameters = (filter: AuditFilter) => ({
    from: filter.from ?? null,
    to: filter.to ?? null,
    action: filter.action ?? null,
    actor: filter.actor ?? null,
    guardianId: filter.guardianId ?? null,
  });

  return {
    page(filter: AuditFilter): AuditLogPage {
      const bound = parameters(filter);
      return {
        entries: page.all(bound) as AuditEntryView[],
        total: (count.get(bound) as { n: number }).n,
        actions: (actions.all() as { action: string }[]).map((row) => row.action),
        actors: actors.all() as { actor: string; label: string }[],
      };
    },
    exportEntries(filter: AuditFilter): AuditEntryView[] {
      return exportRows.all(parameters(filter)) as AuditEntryView[];
    },
  };
}

export type AuditLogQuery = ReturnType<typeof createAuditLogQuery>;
