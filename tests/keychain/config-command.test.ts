// `npm run config` as an IT person runs it: the bundled command, a value piped on standard input,
// the exit status. Bundled here (as scripts/build-main.mjs does) into test-results/, so that the
// entry's wiring is what is tested.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import keytar from 'keytar';
import { beforeAll, describe, expect, it } from 'vitest';
import { KEYCHAIN_SERVICE } from '../../main/secrets/keychain-secret-store';
import './test-keychain';

const bundle = join('test-results', 'keychain-config-cli', 'config-cli.cjs');

const config = (args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}) =>
  spawnSync(process.execPath, [bundle, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    env: options.env ?? process.env,
  });

describe('npm run config, the command itself (S-DATA-1)', () => {
  beforeAll(async () => {
    mkdirSync(join('test-results', 'keychain-config-cli'), { recursive: true });
    await build({
      entryPoints: ['main/cli/config-cli.ts'],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron', 'better-sqlite3', 'keytar'],
      logLevel: 'error',
    });
  });

  it('stores a piped value in the keychain under the kiosk’s service, and prints no value', async () => {
    const set = config(['sms', 'set', 'smsmode-api-key'], { input: 'sm-api-key-42\n' });
    expect(set.status).toBe(0);
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, 'smsmode-api-key')).toBe('sm-api-key-42');
    const status = config(['sms', 'status']);
    expect(status.status).toBe(0);
    expect(status.stdout).toMatch(/smsmode-api-key\s+set/);
    expect(set.stdout + set.stderr + status.stdout + status.stderr).not.toContain('sm-api-key-42');
    expect(config(['sms', 'delete', 'smsmode-api-key']).status).toBe(0);
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, 'smsmode-api-key')).toBeNull();
  });

  it('exits 1 on an empty value, 2 on a wrong command line, changing nothing', async () => {
    expect(config(['sms', 'set', 'sms-password'], { input: '' }).status).toBe(1);
    expect(config(['sms', 'set', 'sms-password', 'on-the-command-line']).status).toBe(2);
    expect(config(['sms', 'frobnicate']).status).toBe(2);
    expect(await keytar.findCredentials(KEYCHAIN_SERVICE)).toEqual([]);
  });

  it('exits 3 and says why when no keychain can be reached', () => {
    const result = config(['sms', 'set', 'sms-password'], {
      input: 'never-stored\n',
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' },
    });
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/no OS keychain is available .*Nothing was stored/);
    expect(result.stdout + result.stderr).not.toContain('never-stored');
  });
});
