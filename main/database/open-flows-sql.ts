// Which rows of the flows table are open, in SQL: the flows engine (main/flows/engine/) and the
// identifier allocator (an open flow reserves its identifier, main/accounts/) both ask, and the
// accounts layer sits below the flows, so the term lives with the schema.

/** States of a flow that no longer accepts steps (and no longer reserves an identifier). */
export const CLOSED_FLOW_STATES = ['ended', 'done', 'already-activated'] as const;

/**
 * "state NOT IN ('ended', 'done', 'already-activated')" with the states written out, not bound:
 * SQLite uses the partial indexes of migration 002 only for a query that repeats their term.
 */
const CLOSED_STATES_SQL = `(${CLOSED_FLOW_STATES.map((state) => `'${state}'`).join(', ')})`;
export const OPEN_FLOW_SQL = `state NOT IN ${CLOSED_STATES_SQL}`;
export const CLOSED_FLOW_SQL = `state IN ${CLOSED_STATES_SQL}`;
