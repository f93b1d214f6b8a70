// The hub as operators run it: the bundled CLI in a child process (dist/hub/hub-cli.cjs).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { freeLoopbackPort } from '../../hub/local/postgres-cluster';

export function buildHubCli(): void {
  execFileSync(process.execPath, ['scripts/build-hub.mjs', '--quiet'], { stdio: 'inherit' });
}

export interface HubProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  output(): string;
}

export async function startHubProcess(databaseUrl: string, port?: number): Promise<HubProcess> {
  const chosen = port ?? (await freeLoopbackPort());
  const child = spawn(
    process.execPath,
    ['dist/hub/hub-cli.cjs', 'serve', '--port', String(chosen)],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('Hub listening on')) {
        clearInterval(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`the hub did not start: ${output}`));
      }
    }, 25);
  });
  return { url: `http://127.0.0.1:${chosen}`, child, exited, output: () => output };
}
