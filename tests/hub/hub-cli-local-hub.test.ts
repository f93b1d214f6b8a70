// The hub CLI's administration commands on the local hub (`npm run hub:local`) as an operator
// types them: no database URL, the commands find it in hub-data/ (or --data-dir DIR); every
// "Next:" line the CLI prints works as printed; a stopped local hub is said in one line.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHubCli, USAGE } from '../../hub/cli/run-hub-cli';
import { freeLoopbackPort, giveToPostgresUser } from '../../hub/local/postgres-cluster';

// As root the postgres user must reach the directory: the run's own temp dir is private.
const base = mkdtempSync(join(process.getuid?.() === 0 ? '/tmp' : tmpdir(), 'hub-cli-local-'));
giveToPostgresUser(base);
const startingDir = process.cwd();

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function hub(argv: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runHubCli(argv, {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    env,
    stopRequested: () => new Promise(() => undefined),
  });
  return { code, out, err };
}

/** A command line the CLI printed, run as the operator would paste it (single quotes only). */
function typed(line: string): string[] {
  const start = line.indexOf('npm run hub -- ');
  expect(start).toBeGreaterThanOrEqual(0);
  const words = line.slice(start + 'npm run hub -- '.length).match(/'[^']*'|"[^"]*"|\S+/gu) ?? [];
  return words.map((word) => word.replace(/^(['"])(.*)\1$/u, '$2'));
}

/** `npm run hub:local` in the background, until stop() (Ctrl+C). */
async function localHub(
  argv: readonly string[],
): Promise<{ out: string[]; stop: () => Promise<number> }> {
  const out: string[] = [];
  let requestStop = (): void => undefined;
  const stopped = new Promise<void>((resolve) => {
    requestStop = resolve;
  });
  const exited = runHubCli(['local', ...argv], {
    stdout: (line) => out.push(line),
    stderr: () => undefined,
    env: {},
    stopRequested: () => stopped,
  });
  const deadline = Date.now() + 60_000;
  while (!out.some((line) => line.startsWith('Kiosks on this machine')) && Date.now() < deadline) {
    const early = await Promise.race([exited, new Promise((r) => setTimeout(r, 100, null))]);
    if (early !== null) throw new Error(`npm run hub:local exited with ${String(early)}`);
  }
  return {
    out,
    stop: async () => {
      requestStop();
      return exited;
    },
  };
}

describe('the hub CLI on the local hub, without --database-url', () => {
  beforeAll(() => process.chdir(base));
  afterAll(() => {
    process.chdir(startingDir);
    rmSync(base, { recursive: true, force: true });
  });

  it('finds hub-data/ by itself: school add, the printed Next command, school/kiosk list, clashes, migrate; stopped, says so in one line and exits 1', async () => {
    const local = await localHub(['--port', String(await freeLoopbackPort())]);
    try {
      // What hub:local prints next works as printed (a UAI in place of <UAI>).
      const printedAdd = local.out.find((line) => line.includes('school add <UAI>')) ?? '';
      expect(printedAdd).not.toContain('--database-url');
      const add = await hub(
        typed(printedAdd).map((word) => (word === '<UAI>' ? '0750001A' : word)),
      );
      expect(add).toMatchObject({ code: 0, err: [] });
      const next = add.out.find((line) => line.startsWith('Next: ')) ?? '';
      expect(next).toBe('Next: npm run hub -- school enrolment-code 0750001A');
      const code = await hub(typed(next));
      expect(code.code).toBe(0);
      expect(code.out.join('\n')).toMatch(
        /Enrolment code for 0750001A: [A-Z2-9]{4}(-[A-Z2-9]{4}){3}/u,
      );
      const list = await hub(['school', 'list']);
      expect(list.out.join('\n')).toContain('0750001A  0 kiosk(s)');
      expect(await hub(['kiosk', 'list'])).toMatchObject({ code: 0, out: ['No kiosk enrolled.'] });
      expect(await hub(['clashes'])).toMatchObject({ code: 0 });
      expect(await hub(['migrate'])).toMatchObject({
        code: 0,
        out: ['Hub database is at the latest schema.'],
      });
      // DATABASE_URL, when given, still wins over the local hub.
      const elsewhere = await hub(['school', 'list'], {
        DATABASE_URL: 'postgres://postgres@127.0.0.1:1/hub',
      });
      expect(elsewhere.code).toBe(1);
      expect(elsewhere.err.join('\n')).toContain('the database cannot be reached');
    } finally {
      expect(await local.stop()).toBe(0);
    }
    const stopped = await hub(['school', 'list']);
    expect(stopped).toEqual({
      code: 1,
      out: [],
      err: ['the local hub in hub-data/ is not running: start it with npm run hub:local'],
    });
  }, 120_000);

  it('with --data-dir DIR, the hints carry --data-dir DIR and work as printed', async () => {
    const dataDir = join(base, 'other hub');
    mkdirSync(dataDir);
    giveToPostgresUser(dataDir);
    const local = await localHub([
      '--data-dir',
      dataDir,
      '--port',
      String(await freeLoopbackPort()),
    ]);
    try {
      const printedList = local.out.find((line) => line.includes('kiosk list')) ?? '';
      expect(await hub(typed(printedList))).toMatchObject({ code: 0, out: ['No kiosk enrolled.'] });
      const add = await hub(['school', 'add', '0750002B', '--data-dir', dataDir]);
      const next = add.out.find((line) => line.startsWith('Next: ')) ?? '';
      expect(next).toBe(
        `Next: npm run hub -- school enrolment-code 0750002B --data-dir '${dataDir}'`,
      );
      expect((await hub(typed(next))).code).toBe(0);
      // hub-data/ (stopped) is not the one asked for.
      expect((await hub(['school', 'list'])).code).toBe(1);
    } finally {
      expect(await local.stop()).toBe(0);
    }
    expect((await hub(['school', 'list', '--data-dir', dataDir])).err).toEqual([
      `the local hub in ${dataDir}/ is not running: start it with npm run hub:local -- --data-dir '${dataDir}'`,
    ]);
  }, 120_000);

  it('without any database nor local hub, says where the database comes from and exits 2', async () => {
    const none = await hub(['school', 'list', '--data-dir', join(base, 'nothing here')]);
    expect(none.code).toBe(2);
    expect(none.err[0]).toContain('holds no local hub: start one with npm run hub:local');
  });
});

describe('the hub CLI help', () => {
  it.each([['--help'], ['-h'], ['help'], ['school', 'add', '--help']])(
    '%s prints the usage on stdout and exits 0',
    async (...argv: string[]) => {
      expect(await hub(argv)).toEqual({ code: 0, out: [USAGE], err: [] });
    },
  );
});
