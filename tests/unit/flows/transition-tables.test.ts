// Issue 12: every flow's transitions are one table the engine enforces. This walks every row
// of every table (from its state, its event runs its handler and may land in each of its next
// states, and in no other), and every (state, event) pair the table lacks (refused before any
// handler runs). The handlers are stand-ins that only move the flow: what each real handler
// decides is tested by the flows' integration tests; here it is the engine and the tables.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok, type Result } from '../../../shared/result';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import { createJournal } from '../../../main/journal/journal';
import { ACTIVATION_TRANSITIONS } from '../../../main/flows/activation/activation-flow';
import type { FlowEngineContext } from '../../../main/flows/engine/flow-engine-context';
import {
  createFlowMachine,
  type FlowName,
  type FlowStep,
} from '../../../main/flows/engine/flow-machine';
import {
  createFlowRepository,
  type FlowKind,
  type FlowState,
} from '../../../main/flows/engine/flow-repository';
import { transitionTableMarkdown } from '../../../main/flows/engine/transition-table-markdown';
import { RECOVERY_TRANSITIONS } from '../../../main/flows/recovery/recovery-flow';

const ALL_STATES: readonly FlowState[] = [
  'identity',
  'confirm-send',
  'code',
  'children',
  'identifier',
  'password',
  'birth-date',
  'new-password',
  'done',
  'already-activated',
  'ended',
];

interface Row {
  from: FlowState;
  event: string;
  handler: { name: string };
  to: readonly FlowState[];
}

const FLOWS: { name: FlowName; kind: FlowKind; table: readonly Row[] }[] = [
  { name: 'activation', kind: 'activation', table: ACTIVATION_TRANSITIONS },
  { name: 'recovery', kind: 'password-recovery', table: RECOVERY_TRANSITIONS },
];

const NOW = new Date('2026-09-01T08:00:00Z');
type Landing = { state: FlowState };
type Handler = (context: unknown, step: FlowStep<Landing>) => Result<Landing>;

describe.each(FLOWS)('the $name transition table', ({ name, kind, table }) => {
  let db: KioskDatabase;
  let context: FlowEngineContext;
  /** Where each stand-in handler tries to move the flow, per row. */
  let target: FlowState;
  let handlers: ReturnType<typeof vi.fn<Handler>>[];
  let channels: Record<string, (call: { sessionId: string }, request: object) => unknown>;

  beforeEach(() => {
    db = openDatabase(':memory:');
    context = {
      db,
      settings: { flowTtlSeconds: 3600 },
      clock: { now: () => NOW },
      flows: createFlowRepository(db),
      journal: createJournal(db),
      secretFailures: { anyLocked: () => false },
    };
    handlers = table.map(() =>
      vi.fn<Handler>((_context, step) =>
        step.run((_flow, _now, move) => {
          const landed = target === 'ended' ? move.end('abandoned') : move.to(target);
          return ok(step.view(landed));
        }),
      ),
    );
    const machine = createFlowMachine({
      name,
      kinds: [kind],
      table: table.map((row, i) => ({ ...row, handler: handlers[i] })) as never,
      view: (_context: FlowEngineContext, flow) => ({ state: flow.state }),
    });
    channels = machine.channels(context as never) as never;
  });
  afterEach(() => db.close());

  let flowCount = 0;
  function flowAt(state: FlowState): string {
    flowCount += 1;
    const id = `flow-${flowCount}`;
    context.flows.create(id, 'session-1', NOW, new Date(NOW.getTime() + 3600_000), kind);
    if (state === 'ended') context.flows.end(id, NOW, 'abandoned');
    else if (state !== 'identity') context.flows.moveTo(id, NOW, state);
    return id;
  }
  const stateOf = (flowId: string) => context.flows.find(flowId)?.state;
  const send = (event: string, flowId: string) =>
    channels[`${name}.${event}`]?.({ sessionId: 'session-1' }, { flowId }) as Promise<
      Result<Landing>
    >;

  it('has one row per (state, event) and a channel per event', () => {
    const pairs = table.map((row) => `${row.from} ${row.event}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const row of table) expect(channels[`${name}.${row.event}`]).toBeTypeOf('function');
  });

  const rowsAndTargets = table.flatMap((row, index) => row.to.map((to) => ({ row, index, to })));
  it.each(rowsAndTargets)(
    '$row.from --$row.event--> $to runs $row.handler.name',
    async ({ row, index, to }) => {
      const flowId = flowAt(row.from);
      target = to;
      const result = await send(row.event, flowId);
      expect(result).toEqual({ ok: true, value: { state: to } });
      expect(stateOf(flowId)).toBe(to);
      handlers.forEach((handler, i) => expect(handler).toHaveBeenCalledTimes(i === index ? 1 : 0));
    },
  );

  it.each(table.map((row, index) => ({ row, index })))(
    '$row.from --$row.event--> refuses a next state its row does not list (rolled back)',
    async ({ row }) => {
      const elsewhere = ALL_STATES.filter((state) => !row.to.includes(state));
      for (const state of elsewhere) {
        const flowId = flowAt(row.from);
        target = state;
        await expect(send(row.event, flowId)).rejects.toThrow(/is not in the table/u);
        expect(stateOf(flowId)).toBe(row.from);
      }
    },
  );

  const events = [...new Set(table.map((row) => row.event))];
  const missing = ALL_STATES.flatMap((state) =>
    events
      .filter((event) => !table.some((row) => row.from === state && row.event === event))
      .map((event) => ({ state, event })),
  );
  it.each(missing)('refuses $event at $state before any handler runs', async ({ state, event }) => {
    const flowId = flowAt(state);
    target = 'identity';
    const result = await send(event, flowId);
    expect(result).toMatchObject({
      ok: false,
      error: { code: state === 'ended' ? 'FLOW_ENDED' : 'FLOW_WRONG_STEP' },
    });
    for (const handler of handlers) expect(handler).not.toHaveBeenCalled();
    expect(stateOf(flowId)).toBe(state);
  });
});

describe('every state write goes through the engine', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? sources(join(dir, entry.name))
        : entry.name.endsWith('.ts')
          ? [join(dir, entry.name)]
          : [],
    );
  it('no file outside main/flows/engine/ moves or ends a flow itself', () => {
    const writers = sources('main')
      .filter((file) => !file.startsWith(join('main', 'flows', 'engine')))
      .filter((file) =>
        /\.moveTo\(|flows\.end\(|endEveryOpen|UPDATE flows SET[^;]*\bstate\b/u.test(
          readFileSync(file, 'utf8'),
        ),
      );
    expect(writers).toEqual([]);
  });
});

describe('the architecture notes show the code’s tables', () => {
  // UPDATE_FLOW_TABLES=1 npx vitest run tests/unit/flows/transition-tables.test.ts rewrites them.
  const notes = 'docs/developers/architecture.md';
  it.each(FLOWS)('$name', ({ name, table }) => {
    const text = readFileSync(notes, 'utf8');
    const open = `<!-- transition-table:${name} -->`;
    const close = `<!-- /transition-table:${name} -->`;
    const rendered = `${open}\n${transitionTableMarkdown(name, table)}\n${close}`;
    const pattern = new RegExp(`${open}[\\s\\S]*?${close}`, 'u');
    if (process.env.UPDATE_FLOW_TABLES === '1') {
      writeFileSync(notes, text.replace(pattern, rendered));
      return;
    }
    expect(pattern.exec(text)?.[0]).toBe(rendered);
  });
});
