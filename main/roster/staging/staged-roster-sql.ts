// SQL fragments shared by the preview's counts and the apply, so both compare rows the same way.
// Aliases: s = students, g = guardians (the kiosk's rows); st = the staged row; c = its class;
// l = a staged link, gs = the kiosk's link.
// Every statement is driven by the staging (the export's size) and finds the kiosk's rows by a
// unique index, never by reading a school's rows once per staged row: a re-import's cost must
// not grow with what the database already holds (tests/integration/roster/
// roster-import-query-plans.test.ts checks the plans).

// The roster columns an import writes, and their values in the staging (st, c: its class).
export const STUDENT_COLUMNS =
  'family_name, usage_name, first_name, birth_date, class_name, enrolled';
export const STAGED_STUDENT_VALUES =
  'st.family_name, st.usage_name, st.first_name, st.birth_date, c.class_name, st.enrolled';
export const GUARDIAN_COLUMNS = `civility, family_name, usage_name, first_name, mobile_e164,
  family_name_key, usage_name_key, first_name_key`;
export const STAGED_GUARDIAN_VALUES = `st.civility, st.family_name, st.usage_name, st.first_name,
  st.mobile_e164, st.family_name_key, st.usage_name_key, st.first_name_key`;

/** A kept student row whose roster columns differ from the staged one. */
export const STUDENT_DIFFERS = `(s.family_name IS NOT st.family_name OR s.usage_name IS NOT st.usage_name
  OR s.first_name IS NOT st.first_name OR s.birth_date IS NOT st.birth_date
  OR s.class_name IS NOT c.class_name OR s.enrolled IS NOT st.enrolled)`;

/** A kept guardian row whose roster columns differ (never the account, counter or lock). */
export const GUARDIAN_DIFFERS = `(g.civility IS NOT st.civility OR g.family_name IS NOT st.family_name
  OR g.usage_name IS NOT st.usage_name OR g.first_name IS NOT st.first_name
  OR g.mobile_e164 IS NOT st.mobile_e164 OR g.family_name_key IS NOT st.family_name_key
  OR g.usage_name_key IS NOT st.usage_name_key OR g.first_name_key IS NOT st.first_name_key)`;

/** A kept link whose responsibility differs from the staged one. */
export const LINK_DIFFERS = `(gs.legal_level IS NOT l.legal_level OR gs.relation_code IS NOT l.relation_code)`;

/** Every staged student with the school's row of the same id, when there is one. */
export const STAGED_STUDENTS_MATCHED = `stage_students st
  LEFT JOIN stage_classes c ON c.student_source_id = st.source_id
  LEFT JOIN students s ON s.school_uai = @uai AND s.source_id = st.source_id`;

/** A matched staged student the apply writes: new (s.id IS NULL), back, or changed. */
export const STUDENT_TO_WRITE = `(s.id IS NULL OR s.gone_at IS NOT NULL OR ${STUDENT_DIFFERS})`;

export const STAGED_GUARDIANS_MATCHED = `stage_guardians st
  LEFT JOIN guardians g ON g.school_uai = @uai AND g.source_id = st.source_id`;

export const GUARDIAN_TO_WRITE = `(g.id IS NULL OR g.gone_at IS NOT NULL OR ${GUARDIAN_DIFFERS})`;

/** Staged links with the school's rows and the current link, when there is one. */
export const STAGED_LINKS_RESOLVED = `stage_links l
  LEFT JOIN guardians g ON g.school_uai = @uai AND g.source_id = l.guardian_source_id
  LEFT JOIN students s ON s.school_uai = @uai AND s.source_id = l.student_source_id
  LEFT JOIN guardian_students gs ON gs.guardian_id = g.id AND gs.student_id = s.id`;

export const LINK_TO_WRITE = `(gs.guardian_id IS NULL OR ${LINK_DIFFERS})`;

/**
 * The school's rows present (not gone) in `table`, counted on indexes only: all of them by the
 * unique (school_uai, source_id) key, less those gone by the partial index of gone rows.
 */
export const presentRowsOf = (table: 'students' | 'guardians') =>
  `(SELECT count(*) FROM ${table} WHERE school_uai = @uai)
   - (SELECT count(*) FROM ${table} WHERE school_uai = @uai AND gone_at IS NOT NULL)`;

/** The school's current links, whatever the staging holds. */
export const SCHOOL_LINKS = `SELECT count(*) FROM guardians g
  CROSS JOIN guardian_students gs ON gs.guardian_id = g.id WHERE g.school_uai = @uai`;

/** The school's current links that the staged roster no longer has. */
export const LINKS_NOT_STAGED = `guardian_students gs
  JOIN guardians g ON g.id = gs.guardian_id AND g.school_uai = @uai
  JOIN students s ON s.id = gs.student_id
  WHERE NOT EXISTS (SELECT 1 FROM stage_links l
                     WHERE l.guardian_source_id = g.source_id AND l.student_source_id = s.source_id)`;
