// The flow engine (architecture.md, "Flows live in the main process"): each flow declares its
// transitions in ONE table of rows (state, event, handler, next states); the engine refuses an
// event the table has no row for at the flow's state before any handler runs, and every state
// write goes through it, along a row of that table.
import type { ActivationEndReason } from '../../../shared/activation-view';
import type { RequestOf } from '../../../shared/ipc-contract';
import { fail, type KioskError, type Result } from '../../../shared/result';
import { inTransaction } from '../../database/in-transaction';
import type { CallContext, IpcHandlers } from '../../ipc/ipc-handlers';
import type { FlowEngineContext } from './flow-engine-context';
import { findOwnFlow, guardFlow, type Guarded } from './flow-guard';
import type { FlowChanges, FlowKind, FlowRow, FlowState } from './flow-repository';

export type FlowName = 'activation' | 'recovery';

type EventsOf<K, N extends string> = K extends `${N}.${infer E}` ? E : never;

/** The events of a flow: its channels but 'start' and 'abandon' (every flow has those). */
export type FlowEvent<N extends FlowName> = Exclude<
  EventsOf<keyof IpcHandlers, N>,
  'start' | 'abandon'
>;

/** How a handler moves its flow: only to a next state of its row (else it throws, rolled back). */
export interface FlowMove {
  to(state: FlowState, changes?: FlowChanges): FlowRow;
  end(reason: ActivationEndReason): FlowRow;
}

export type FlowWork<T> = (flow: FlowRow, now: Date, move: FlowMove) => Result<T>;

/** What a handler gets for its call: its transactions on the flow, and the flow's view. */
export interface FlowStep<V> {
  readonly flowId: string;
  /**
   * One transaction: the guard (the caller's flow, alive, at a state whose row takes this
   * event, its guardian not locked), then `work` with the flow and a move along that row. A
   * refusal that ended the flow carries its ended view (error.flowView).
   */
  run<T>(work: FlowWork<T>): Result<T>;
  /**
   * After an await (an SMS send, a hash): one transaction in which the flow must still be at
   * the state `run` found it at (else FLOW_WRONG_STEP); no other check, as before the await.
   */
  resume<T>(work: FlowWork<T>): Result<T>;
  view(flow: FlowRow): V;
}

/** The channel of an event: 'activation' + 'submitCode' → 'activation.submitCode'. */
type FlowChannel<N extends FlowName, E extends string> = Extract<keyof IpcHandlers, `${N}.${E}`>;

export type FlowHandler<N extends FlowName, E extends FlowEvent<N>, C, V> = (
  context: C,
  step: FlowStep<V>,
  request: RequestOf<FlowChannel<N, E>>,
) => Result<V> | Promise<Result<V>>;

/** One row of a transition table. `to`: every state the handler may land the flow in. */
export type Transition<N extends FlowName, C, V> = {
  [E in FlowEvent<N>]: {
    from: FlowState;
    event: E;
    handler: FlowHandler<N, E, C, V>;
    to: readonly FlowState[];
  };
}[FlowEvent<N>];

export interface FlowDefinition<N extends FlowName, C extends FlowEngineContext, V> {
  name: N;
  /** The flow kinds its channels accept (another kind's id is FLOW_NOT_FOUND). */
  kinds: readonly FlowKind[];
  table: readonly Transition<N, C, V>[];
  view: (context: C, flow: FlowRow) => V;
}

type FlowChannels<N extends FlowName> = Pick<IpcHandlers, FlowChannel<N, FlowEvent<N>>>;

/**
 * A refusal that ended the caller's flow (or met it ended) carries the ended view, so the screen
 * shows the ending the main process decided instead of rebuilding it from the error code.
 */
function withEndedView<T>(
  refusal: { ok: false; error: KioskError },
  flow: FlowRow | undefined,
  view: (flow: FlowRow) => unknown,
): Result<T> {
  if (flow?.state !== 'ended') return { ok: false, error: refusal.error };
  return { ok: false, error: { ...refusal.error, flowView: view(flow) } };
}

export function createFlowMachine<N extends FlowName, C extends FlowEngineContext, V>(
  definition: FlowDefinition<N, C, V>,
) {
  const { name, kinds, table } = definition;

  const rowAt = (state: FlowState, event: FlowEvent<N>): Transition<N, C, V> | undefined =>
    table.find((row) => row.from === state && row.event === event);
  const statesTaking = (event: FlowEvent<N>): FlowState[] =>
    table.filter((row) => row.event === event).map((row) => row.from);

  function moveAlong(context: C, row: Transition<N, C, V>, flow: FlowRow, now: Date): FlowMove {
    const check = (state: FlowState) => {
      if (!row.to.includes(state)) {
        throw new Error(`${name}: ${row.from} --${row.event}--> ${state} is not in the table`);
      }
    };
    return {
      to(state, changes = {}) {
        check(state);
        return context.flows.moveTo(flow.id, now, state, changes);
      },
      end(reason) {
        check('ended');
        return context.flows.end(flow.id, now, reason);
      },
    };
  }

  function guard(context: C, call: CallContext, flowId: string, event: FlowEvent<N>): Guarded {
    const now = context.clock.now();
    return guardFlow(context, call.sessionId, flowId, statesTaking(event), now, kinds);
  }

  function stepFor(
    context: C,
    call: CallContext,
    flowId: string,
    event: FlowEvent<N>,
  ): FlowStep<V> {
    const view = (flow: FlowRow) => definition.view(context, flow);
    let foundAt: FlowState | undefined;
    const runOn = <T>(flow: FlowRow, work: FlowWork<T>): Result<T> => {
      const row = rowAt(flow.state, event);
      if (!row) throw new Error(`${name}: no row for ${flow.state} --${event}-->`);
      const now = context.clock.now();
      const result = work(flow, now, moveAlong(context, row, flow, now));
      if (result.ok) return result;
      return withEndedView(result, context.flows.find(flow.id), view);
    };
    return {
      flowId,
      view,
      run: (work) =>
        inTransaction(context.db, () => {
          const guarded = guard(context, call, flowId, event);
          if (!guarded.ok) return withEndedView(guarded, guarded.flow, view);
          foundAt = guarded.flow.state;
          return runOn(guarded.flow, work);
        }),
      resume: (work) =>
        inTransaction(context.db, () => {
          const flow = findOwnFlow(context, call.sessionId, flowId, kinds);
          if (!flow || foundAt === undefined || flow.state !== foundAt) {
            return fail('FLOW_WRONG_STEP', 'The flow changed while the kiosk waited');
          }
          return runOn(flow, work);
        }),
    };
  }

  /** The table's row for the flow's state, or the refusal (no handler has run). */
  async function dispatch(
    context: C,
    call: CallContext,
    event: FlowEvent<N>,
    request: RequestOf<FlowChannel<N, FlowEvent<N>>> & { flowId: string },
  ): Promise<Result<V>> {
    const view = (flow: FlowRow) => definition.view(context, flow);
    const found = inTransaction(context.db, () => guard(context, call, request.flowId, event));
    if (!found.ok) return withEndedView(found, found.flow, view);
    const row = rowAt(found.flow.state, event);
    if (!row) throw new Error(`${name}: no row for ${found.flow.state} --${event}-->`);
    const handler = row.handler as FlowHandler<N, FlowEvent<N>, C, V>;
    return handler(context, stepFor(context, call, request.flowId, event), request);
  }

  return {
    name,
    table,
    /** One IPC handler per event of the table, each going through dispatch. */
    channels(context: C): FlowChannels<N> {
      const events = [...new Set(table.map((row) => row.event))];
      return Object.fromEntries(
        events.map((event) => [
          `${name}.${event}`,
          (
            call: CallContext,
            request: RequestOf<FlowChannel<N, FlowEvent<N>>> & { flowId: string },
          ) => dispatch(context, call, event, request),
        ]),
      ) as unknown as FlowChannels<N>;
    },
  };
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;
