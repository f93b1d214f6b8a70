import type { FlowState } from './flow-repository';

/** What a table row shows in the docs (the handler by its function's name). */
interface DocumentedRow {
  from: FlowState;
  event: string;
  handler: { name: string };
  to: readonly FlowState[];
}

/**
 * A flow's transition table as Markdown, for the architecture notes (a test checks the notes
 * still match the code's tables).
 */
export function transitionTableMarkdown(flowName: string, table: readonly DocumentedRow[]): string {
  const lines = [
    '| State | Event (channel) | Handler | Next states |',
    '| --- | --- | --- | --- |',
    ...table.map(
      (row) =>
        `| \`${row.from}\` | \`${flowName}.${row.event}\` | \`${row.handler.name}\` | ${row.to
          .map((state) => `\`${state}\``)
          .join(', ')} |`,
    ),
  ];
  return lines.join('\n');
}
