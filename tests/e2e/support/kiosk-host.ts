// Starts the real browser host (the built dist/main/browser-host.cjs) as a child process with
// its own data directory and settings, as a school's IT person would run it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningKiosk {
  url: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * A throwaway OS keychain (as scripts/with-test-keychain.mjs): gnome-keyring in a private D-Bus
 * session, its files under `root`, so a restarted host with the same root finds its secrets.
 */
export function inTestKeychain(command: string[]): { file: string; args: string[] } {
  const unlockThenRun =
    'printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null ' +
    '|| { echo "test keychain: gnome-keyring-daemon did not start" >&2; exit 1; }; exec "$@"';
  return { file: 'dbus-run-session', args: ['--', 'sh', '-c', unlockThenRun, 'sh', ...command] };
}

export function keychainEnv(root: string): Record<string, string> {
  const runtimeDir = join(root, 'runtime');
  mkdirSync(runtimeDir, { recursive: true, mode: 0o700 });
  mkdirSync(join(root, 'data'), { recursive: true });
  // libsecret must not find a desktop's own session.
  return { XDG_DATA_HOME: join(root, 'data'), XDG_RUNTIME_DIR: runtimeDir, DISPLAY: '' };
}

export async function startKioskHost(
  env: Record<string, string> = {},
  options: {
    dataDir?: string;
    /** Run with a real, throwaway OS keychain whose files live in this directory. */
    keychainDir?: string;
  } = {},
): Promise<RunningKiosk> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kiosk-e2e-'));
  const host = [
    process.execPath,
    'dist/main/browser-host.cjs',
    '--data-dir',
    dataDir,
    '--port',
    '0',
  ];
  const { file, args } = options.keychainDir
    ? inTestKeychain(host)
    : { file: host[0] as string, args: host.slice(1) };
  const child: ChildProcess = spawn(file, args, {
    env: {
      ...process.env,
      KIOSK_IDENTITY_RESPONSE_FLOOR_MS: '0',
      ...(options.keychainDir ? keychainEnv(options.keychainDir) : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // With a keychain, the bus and the keyring daemon are stopped with the host (its group).
    detached: Boolean(options.keychainDir),
  });
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
        if (options.keychainDir && child.pid) process.kill(-child.pid, 'SIGTERM');
        else child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
