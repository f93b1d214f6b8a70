import type { ActivationEndReason } from '../../shared/activation-view';
import type { KioskDatabase } from '../database/open-database';

/** The states of an activation flow: one per screen, plus 'ended'. */
export type FlowState =
  | 'identity'
  | 'confirm-send'
  | 'code'
  | 'children'
  | 'identifier'
  | 'password'
  | 'done'
  | 'already-activated'
  | 'ended';

/** Flows that no longer accept steps (and no longer reserve an identifier). */
export const CLOSED_STATES: readonly FlowState[] = ['ended', 'done', 'already-activated'];

export interface FlowRow {
  id: string;
  kind: 'activation';
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
}

/** Columns a step may change (the rest are fixed at creation). */
export type FlowChanges = Partial<
  Omit<FlowRow, 'id' | 'kind' | 'session_id' | 'created_at' | 'updated_at' | 'expires_at'>
>;

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
] as const satisfies readonly (keyof FlowChanges)[];

/** What an ended or finished flow forgets: everything typed or personal (S-DATA-2). */
export const PERSONAL_COLUMNS_CLEARED: FlowChanges = {
  typed_last_name: null,
  typed_first_name: null,
  phone_e164: null,
  code_hmac: null,
  children: null,
};

export function createFlowRepository(db: KioskDatabase) {
  const selectById = db.prepare('SELECT * FROM flows WHERE id = ?');
  const selectOpenBySession = db.prepare(
    `SELECT id FROM flows WHERE session_id = ?
       AND state NOT IN (${CLOSED_STATES.map(() => '?').join(', ')})`,
  );
  const selectExpiredOpen = db.prepare(
    `SELECT id FROM flows WHERE expires_at <= ?
       AND state NOT IN (${CLOSED_STATES.map(() => '?').join(', ')})`,
  );
  const insert = db.prepare(
    `INSERT INTO flows (id, kind, session_id, state, created_at, updated_at, expires_at)
     VALUES (?, 'activation', ?, 'identity', ?, ?, ?)`,
  );
  // One statement for every update: a column keeps its value unless its @set_ flag is 1.
  const update = db.prepare(
    `UPDATE flows SET updated_at = @updated_at, ${UPDATABLE_COLUMNS.map(
      (c) => `${c} = CASE WHEN @set_${c} THEN @${c} ELSE ${c} END`,
    ).join(', ')} WHERE id = @id`,
  );
  const consumeCode = db.prepare(
    "UPDATE flows SET code_used_at = ? WHERE id = ? AND state = 'code' AND code_used_at IS NULL",
  );

  function updateFlow(id: string, now: Date, changes: FlowChanges): void {
    const params: Record<string, unknown> = { id, updated_at: now.toISOString() };
    for (const column of UPDATABLE_COLUMNS) {
      const set = Object.prototype.hasOwnProperty.call(changes, column);
      params[`set_${column}`] = set ? 1 : 0;
      params[column] = set ? (changes[column] ?? null) : null;
    }
    update.run(params);
  }

  return {
    find(id: string): FlowRow | undefined {
      return selectById.get(id) as FlowRow | undefined;
    },
    openFlowIdsOfSession(sessionId: string): string[] {
      return (selectOpenBySession.all(sessionId, ...CLOSED_STATES) as { id: string }[]).map(
        (row) => row.id,
      );
    },
    /** Open flows past their lifetime (for the sweep). */
    expiredOpenFlowIds(now: Date): string[] {
      return (selectExpiredOpen.all(now.toISOString(), ...CLOSED_STATES) as { id: string }[]).map(
        (row) => row.id,
      );
    },
    create(id: string, sessionId: string, now: Date, expiresAt: Date): void {
      const at = now.toISOString();
      insert.run(id, sessionId, at, at, expiresAt.toISOString());
    },
    update: updateFlow,
    end(id: string, now: Date, reason: ActivationEndReason): void {
      updateFlow(id, now, {
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
