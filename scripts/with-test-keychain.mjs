#!/usr/bin/env node
// Runs a command against a real, throwaway OS keychain: a private D-Bus session
// (dbus-run-session) with gnome-keyring's Secret Service, unlocked, whose keyring files live in
// a temporary directory (never the user's own keyring). Exits with the command's status.
//   node scripts/with-test-keychain.mjs npx vitest run --config vitest.keychain.config.ts
// Needs the Debian packages dbus and gnome-keyring (.ci/run installs them).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('Usage: node scripts/with-test-keychain.mjs COMMAND [ARGS…]');
  process.exit(2);
}
for (const tool of ['dbus-run-session', 'gnome-keyring-daemon']) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status !== 0) {
    console.error(
      `with-test-keychain: ${tool} is missing: install the packages dbus and gnome-keyring ` +
        '(sudo apt-get install -y dbus gnome-keyring libsecret-1-dev)',
    );
    process.exit(1);
  }
}

const root = mkdtempSync(join(tmpdir(), 'kiosk-test-keyring-'));
const runtimeDir = join(root, 'runtime');
mkdirSync(runtimeDir, { mode: 0o700 });
mkdirSync(join(root, 'data'));
// The keyring's password only protects this throwaway keyring.
const unlockThenRun =
  'printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null ' +
  '|| { echo "with-test-keychain: gnome-keyring-daemon did not start" >&2; exit 1; }; exec "$@"';
const result = spawnSync('dbus-run-session', ['--', 'sh', '-c', unlockThenRun, 'sh', ...command], {
  stdio: 'inherit',
  env: {
    ...process.env,
    XDG_DATA_HOME: join(root, 'data'),
    XDG_RUNTIME_DIR: runtimeDir,
    // libsecret must not find the desktop's own session.
    DISPLAY: '',
  },
});
rmSync(root, { recursive: true, force: true });
process.exit(result.status ?? 1);
