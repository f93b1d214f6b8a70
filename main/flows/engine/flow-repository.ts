import type { ActivationEndReason } from '../../../shared/activation-view';
import type { KioskDatabase } from '../../database/open-database';
import { CLOSED_FLOW_SQL, CLOSED_FLOW_STATES, OPEN_FLOW_SQL } from '../../database/open-flows-sql';

/** What a flow is for (migration 004 added the recovery kinds). */
export type FlowKind = 'activation' | 'identifier-recovery' | 'password-recovery';

/**
 * The states of a flow: one per screen, plus 'ended'. Activation uses identity … done and
 * already-activated; recovery uses identity, confirm-send, code, birth-date, new-password, done.
 */
export type FlowState =
  | 'identity'
  | 'confirm-send'
  | 'code'
  | 'children'
  | 'identifier'
  | 'password'
  | 'birth-date'
  | 'new-password'
  | 'done'
  | 'already-activated'
  | 'ended';

/** Flows that no longer accept steps (and no longer reserve an identifier). */
export const CLOSED_STATES: readonly FlowState[] = CLOSED_FLOW_STATES;

/** The sweep's query (uses flows_open_by_expiry, migration 002). */
export const EXPIRED_OPEN_FLOWS_SQL = `SELECT id FROM flows WHERE expires_at <= ? AND ${OPEN_FLOW_SQL}`;
/** The retention's delete (uses flows_closed_by_update, migration 002). */
export const DELETE_CLOSED_FLOWS_SQL = `DELETE FROM flows WHERE updated_at < ? AND ${CLOSED_FLOW_SQL}`;

export const isClosedState = (state: FlowState): boolean => CLOSED_STATES.includes(state);

export interface FlowRow {
  id: string;
  kind: FlowKind;
  session_id: string;
  state: FlowState;
  created_at: string;
  updated_at: string;
  expires_at: string;
  ended_reason: ActivationEndReason | null;
  typed_last_name: string | null;
  typed_first_name: string | null;
  phone_e164: string | null;
  guardian_ids: string | null;
  code_hmac: string | null;
  code_sent_at: string | null;
  code_expires_at: string | null;
  code_used_at: string | null;
  code_failures: number;
  children: string | null;
  reserved_identifier: string | null;
  account_id: string | null;
  typed_identifier: string | null;
}

/**
 * Columns a step may change (the rest are fixed at creation). Not the state: only the engine
 * moves a flow (moveTo, end), along a row of the flow's transition table.
 */
export type FlowChanges = Partial<
  Omit<
    FlowRow,
    | 'id'
    | 'kind'
    | 'session_id'
    | 'created_at'
    | 'updated_at'
    | 'expires_at'
    | 'state'
    | 'ended_reason'
  >
>;

type ColumnChanges = FlowChanges & Partial<Pick<FlowRow, 'state' | 'ended_reason'>>;

const UPDATABLE_COLUMNS = [
  'state',
  'ended_reason',
  'typed_last_name',
  'typed_first_name',
  'phone_e164',
  'guardian_ids',
  'code_hmac',
  'code_sent_at',
  'code_expires_at',
  'code_used_at',
  'code_failures',
  'children',
  'reserved_identifier',
  'account_id',
  'typed_identifier',
] as const satisfies readonly (keyof ColumnChanges)[];

/** What an ended or finished flow forgets: everything typed or personal (S-DATA-2). */
export const PERSONAL_COLUMNS_CLEARED: FlowChanges = {
  typed_last_name: null,
  typed_first_name: null,
  phone_e164: null,
  code_hmac: null,
  children: null,
  typed_identifier: null,
};

/** What a flow ended at start-up looked like (for the audit log). */
export interface EndedAtStart {
  id: string;
  kind: FlowKind;
  ended_reason: ActivationEndReason;
}

export function createFlowRepository(db: KioskDatabase) {
  const selectById = db.prepare('SELECT * FROM flows WHERE id = ?');
  const selectOpenBySession = db.prepare(
    `SELECT id FROM flows WHERE session_id = ? AND ${OPEN_FLOW_SQL}`,
  );
  const selectExpiredOpen = db.prepare(EXPIRED_OPEN_FLOWS_SQL);
  const deleteClosedBefore = db.prepare(DELETE_CLOSED_FLOWS_SQL);
  // Same columns as end(): see PERSONAL_COLUMNS_CLEARED.
  const endEveryOpen = db.prepare(
    `UPDATE flows SET updated_at = @at, state = 'ended',
            ended_reason = CASE WHEN expires_at <= @at THEN 'flow-expired' ELSE 'abandoned' END,
            typed_last_name = NULL, typed_first_name = NULL, phone_e164 = NULL,
            code_hmac = NULL, children = NULL, reserved_identifier = NULL,
            typed_identifier = NULL
      WHERE ${OPEN_FLOW_SQL}
      RETURNING id, kind, ended_reason`,
  );
  const insert = db.prepare(
    `INSERT INTO flows (id, kind, session_id, state, created_at, updated_at, expires_at)
     VALUES (?, ?, ?, 'identity', ?, ?, ?) RETURNING *`,
  );
  // One statement for every update: a column keeps its value unless its @set_ flag is 1.
  const update = db.prepare(
    `UPDATE flows SET updated_at = @updated_at, ${UPDATABLE_COLUMNS.map(
      (c) => `${c} = CASE WHEN @set_${c} THEN @${c} ELSE ${c} END`,
    ).join(', ')} WHERE id = @id RETURNING *`,
  );
  const consumeCode = db.prepare(
    "UPDATE flows SET code_used_at = ? WHERE id = ? AND state = 'code' AND code_used_at IS NULL",
  );

  /** Applies the changes and returns the row as it now is (no second read). */
  function updateFlow(id: string, now: Date, changes: ColumnChanges): FlowRow {
    const params: Record<string, unknown> = { id, updated_at: now.toISOString() };
    for (const column of UPDATABLE_COLUMNS) {
      const set = Object.prototype.hasOwnProperty.call(changes, column);
      params[`set_${column}`] = set ? 1 : 0;
      params[column] = set ? (changes[column] ?? null) : null;
    }
    const row = update.get(params) as FlowRow | undefined;
    if (!row) throw new Error(`Flow ${id} vanished`);
    return row;
  }

  return {
    find(id: string): FlowRow | undefined {
      return selectById.get(id) as FlowRow | undefined;
    },
    openFlowIdsOfSession(sessionId: string): string[] {
      return (selectOpenBySession.all(sessionId) as { id: string }[]).map((row) => row.id);
    },
    /** Open flows past their lifetime (for the sweep). */
    expiredOpenFlowIds(now: Date): string[] {
      return (selectExpiredOpen.all(now.toISOString()) as { id: string }[]).map((row) => row.id);
    },
    /**
     * Ends every open flow in one statement ('flow-expired' past its lifetime, else 'abandoned') and
     * clears what it holds. For start-up: the code HMAC key is per process, so no code sent
     * before a restart can be checked any more.
     */
    endEveryOpen(now: Date): EndedAtStart[] {
      return endEveryOpen.all({ at: now.toISOString() }) as EndedAtStart[];
    },
    /** Retention: deletes closed flows whose last change is older than `before`. */
    deleteClosedBefore(before: Date): number {
      return deleteClosedBefore.run(before.toISOString()).changes;
    },
    create(
      id: string,
      sessionId: string,
      now: Date,
      expiresAt: Date,
      kind: FlowKind = 'activation',
    ): FlowRow {
      const at = now.toISOString();
      return insert.get(id, kind, sessionId, at, at, expiresAt.toISOString()) as FlowRow;
    },
    /** Changes columns; the flow stays at its state. */
    update(id: string, now: Date, changes: FlowChanges): FlowRow {
      return updateFlow(id, now, changes);
    },
    /** For the engine only (flow-machine.ts): the flow moves to `state`, with `changes`. */
    moveTo(id: string, now: Date, state: FlowState, changes: FlowChanges = {}): FlowRow {
      return updateFlow(id, now, { ...changes, state });
    },
    /** For the engine only: the flow ends and forgets what it holds (S-DATA-2). */
    end(id: string, now: Date, reason: ActivationEndReason): FlowRow {
      return updateFlow(id, now, {
        ...PERSONAL_COLUMNS_CLEARED,
        state: 'ended',
        ended_reason: reason,
        reserved_identifier: null,
      });
    },
    /** S-OTP-3: true for the one call that consumes the code. */
    consumeCode(id: string, now: Date): boolean {
      return consumeCode.run(now.toISOString(), id).changes === 1;
    },
  };
}

export type FlowRepository = ReturnType<typeof createFlowRepository>;

export const guardianIdsOf = (flow: FlowRow): number[] =>
  flow.guardian_ids ? (JSON.parse(flow.guardian_ids) as number[]) : [];
