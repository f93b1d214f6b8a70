// A real hub for a browser-host spec, run as its administrator runs it: the hub's CLI
// (`npm run hub -- serve --database-url … --port N`, bundled by scripts/build-hub.mjs) on a
// throwaway PostgreSQL cluster (Debian's binaries, loopback, random port, as the hub's own tests
// use). Plain http on loopback, which the kiosk accepts for loopback only (S-SYNC-3). Schools and
// enrolment codes come from the same CLI (`school add`, `school enrolment-code`).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { buildHubCli, startHubProcess, type HubProcess } from '../../support/hub-process';
import { startThrowawayPostgres } from '../../support/throwaway-postgres';

const run = promisify(execFile);
const HUB_CLI = 'dist/hub/hub-cli.cjs';

export interface RunningHub {
  /** The address a secretary types in Réglages → Hub. */
  readonly url: string;
  addSchool(uai: string, name: string): Promise<void>;
  /** A one-time enrolment code for a kiosk of the school, as the CLI prints it. */
  enrolmentCode(uai: string): Promise<string>;
  /** What the hub printed (its start, one line per request, any unexpected error). */
  output(): string;
  /** Stops the hub, then the cluster (removing its data). Safe to call twice. */
  stop(): Promise<void>;
}

export async function startHub(): Promise<RunningHub> {
  // The bundle `npm run hub` runs; `npm run build` does not make it.
  buildHubCli();
  const postgres = await startThrowawayPostgres();
  const env = { ...process.env, DATABASE_URL: postgres.url };
  /** An administrator's command: `npm run hub -- <args>` with DATABASE_URL set. */
  const administer = async (args: string[]): Promise<string> => {
    try {
      const { stdout } = await run(process.execPath, [HUB_CLI, ...args], { env, timeout: 30_000 });
      return stdout;
    } catch (error) {
      const failure = error as { stdout?: string; stderr?: string; message: string };
      throw new Error(`hub ${args.join(' ')}: ${failure.message}\n${failure.stderr ?? ''}`);
    }
  };

  let hub: HubProcess | undefined;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    try {
      if (hub && hub.child.exitCode === null && hub.child.signalCode === null) {
        hub.child.kill('SIGTERM');
        await hub.exited;
      }
    } finally {
      await postgres.stop();
    }
  };

  try {
    const started = await startHubProcess(postgres.url);
    hub = started;
    return {
      url: started.url,
      output: () => started.output(),
      async addSchool(uai, name) {
        await administer(['school', 'add', uai, '--name', name]);
      },
      async enrolmentCode(uai) {
        const printed = await administer(['school', 'enrolment-code', uai]);
        const code = /^Enrolment code for [^:]+: (\S+)$/mu.exec(printed)?.[1];
        if (!code) throw new Error(`no enrolment code in the hub's answer:\n${printed}`);
        return code;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
