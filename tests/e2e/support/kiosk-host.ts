// Starts the real browser host (the built dist/main/browser-host.cjs) as a child process with
// its own data directory and settings, as a school's IT person would run it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningKiosk {
  url: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

export async function startKioskHost(
  env: Record<string, string> = {},
  options: { dataDir?: string } = {},
): Promise<RunningKiosk> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kiosk-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['dist/main/browser-host.cjs', '--data-dir', dataDir, '--port', '0'],
    {
      env: { ...process.env, KIOSK_IDENTITY_RESPONSE_FLOOR_MS: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`browser host did not start:\n${log}`)),
      20_000,
    );
    const onData = () => {
      const match = /Kiosk ready \(browser host\): (\S+)/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited with ${code}:\n${log}`));
    });
  });
  return {
    url,
    dataDir,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
