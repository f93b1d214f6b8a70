// SQL fragments shared by the preview's counts and the apply, so both compare rows the same way.
// Aliases: s = students, g = guardians (the kiosk's rows); st = the staged row; c = its class.

/** A kept student row whose roster columns differ from the staged one. */
export const STUDENT_DIFFERS = `(s.family_name IS NOT st.family_name OR s.usage_name IS NOT st.usage_name
  OR s.first_name IS NOT st.first_name OR s.birth_date IS NOT st.birth_date
  OR s.class_name IS NOT c.class_name OR s.enrolled IS NOT st.enrolled)`;

/** A kept guardian row whose roster columns differ (never the account, counter or lock). */
export const GUARDIAN_DIFFERS = `(g.civility IS NOT st.civility OR g.family_name IS NOT st.family_name
  OR g.usage_name IS NOT st.usage_name OR g.first_name IS NOT st.first_name
  OR g.mobile_e164 IS NOT st.mobile_e164 OR g.family_name_key IS NOT st.family_name_key
  OR g.usage_name_key IS NOT st.usage_name_key OR g.first_name_key IS NOT st.first_name_key)`;

/** Staged students joined to the school's rows (inner: kept ones only). */
export const STAGED_STUDENTS_KEPT = `stage_students st
  JOIN students s ON s.school_uai = @uai AND s.source_id = st.source_id
  LEFT JOIN stage_classes c ON c.student_source_id = st.source_id`;

export const STAGED_GUARDIANS_KEPT = `stage_guardians st
  JOIN guardians g ON g.school_uai = @uai AND g.source_id = st.source_id`;

/** Staged links with the school's rows and the current link, when there is one. */
export const STAGED_LINKS_RESOLVED = `stage_links l
  LEFT JOIN guardians g ON g.school_uai = @uai AND g.source_id = l.guardian_source_id
  LEFT JOIN students s ON s.school_uai = @uai AND s.source_id = l.student_source_id
  LEFT JOIN guardian_students gs ON gs.guardian_id = g.id AND gs.student_id = s.id`;

/** The school's current links that the staged roster no longer has. */
export const LINKS_NOT_STAGED = `guardian_students gs
  JOIN guardians g ON g.id = gs.guardian_id AND g.school_uai = @uai
  JOIN students s ON s.id = gs.student_id
  WHERE NOT EXISTS (SELECT 1 FROM stage_links l
                     WHERE l.guardian_source_id = g.source_id AND l.student_source_id = s.source_id)`;
