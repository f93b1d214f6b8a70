// A school's SIECLE export and the same school's export a week later (5% of students and
// guardians changed, 1% gone, 1% new), written by the benchmark's generator at a test's size,
// with what re-importing the later one must do, counted here from the generator's rules.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../../main/platform/clock';
import {
  benchRosterSize,
  benchWeekRows,
  guardianRow,
  studentRow,
  writeBenchExport,
  type BenchRosterSize,
} from '../../../scripts/bench/siecle-export-generator';

const at = (iso: string): Clock => ({ now: () => new Date(iso) });
/** The clocks of the weekly imports: last week's roster, this week's export, the week after. */
export const LAST_WEEK = at('2024-09-02T08:00:00.000Z');
export const THIS_WEEK = at('2024-09-09T08:00:00.000Z');
export const NEXT_WEEK = at('2024-09-16T08:00:00.000Z');

export interface WeeklyExports {
  size: BenchRosterSize;
  first: string[];
  later: string[];
}

export async function writeWeeklyExports(students: number): Promise<WeeklyExports> {
  const size = benchRosterSize(students / 600_000);
  const dir = mkdtempSync(join(tmpdir(), 'weekly-exports-'));
  const paths = async (week: 'first' | 'later') => {
    mkdirSync(join(dir, week));
    const files = await writeBenchExport(join(dir, week), size, week);
    return [files.students, files.guardians];
  };
  return { size, first: await paths('first'), later: await paths('later') };
}

/** Each week's students and guardians (export id → the row as written) and links. */
export function weekContents(size: BenchRosterSize, week: 'first' | 'later') {
  const rows = benchWeekRows(size, week);
  const byId = <R extends { sourceId: string }>(all: Iterable<number>, row: (i: number) => R) =>
    new Map([...all].map((i) => [row(i).sourceId, JSON.stringify(row(i))]));
  return {
    students: byId(rows.students(), (s) => studentRow(s, week)),
    guardians: byId(rows.guardians(), (g) => guardianRow(g, week)),
    links: new Set(
      [...rows.links()].map(
        (l) => `${guardianRow(l.guardian).sourceId}/${studentRow(l.student).sourceId}`,
      ),
    ),
  };
}

/** What importing `to` over `from` adds, updates, keeps unchanged and marks gone. */
export function expectedChanges(from: Map<string, string>, to: Map<string, string>) {
  const ids = (keep: (id: string, row: string) => boolean) =>
    [...to].filter(([id, row]) => keep(id, row)).map(([id]) => id);
  return {
    added: ids((id) => !from.has(id)),
    updated: ids((id, row) => from.has(id) && from.get(id) !== row),
    unchanged: ids((id, row) => from.get(id) === row),
    gone: [...from.keys()].filter((id) => !to.has(id)),
  };
}
