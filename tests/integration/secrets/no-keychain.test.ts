// The real keychain store where there is no keychain: no D-Bus session bus to reach a Secret
// Service (a server without a desktop session, CI). Set before keytar is first used, so libsecret
// finds no bus even when these tests run inside a desktop session.
process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/kiosk-test-bus';
delete process.env.DISPLAY;

import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeKiosk } from '../../../main/app/compose-kiosk';
import { EXIT_NO_KEYCHAIN, runConfigCli } from '../../../main/cli/run-config-cli';
import { databasePath } from '../../../main/database/database-location';
import { openDatabase } from '../../../main/database/open-database';
import { systemClock } from '../../../main/platform/clock';
import { importRosterFiles } from '../../../main/roster/import-roster-files';
import { createKeychainSecretStore } from '../../../main/secrets/keychain-secret-store';
import { setSmsSecret } from '../../../main/secrets/secret-settings';
import { KeychainUnavailableError } from '../../../main/secrets/secret-store';
import { writeFixturePair } from '../../fixtures/siecle/siecle-fixture-files';

const store = createKeychainSecretStore('kiosque-activation-test-no-keychain');
const SECRET = 'a-gateway-password-that-must-go-nowhere';

describe('no OS keychain: the kiosk says so and keeps nothing in plain text (S-DATA-1)', () => {
  it('the store reports the keychain as unavailable, in the keychain’s own words', async () => {
    const error = await store.readAll().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KeychainUnavailableError);
    expect((error as Error).message).toMatch(
      /^no OS keychain is available \(.+\); the kiosk keeps its secrets only there and will not store them in plain text/,
    );
  });

  it('`npm run config -- sms set` exits 3, stores nothing anywhere and prints no value', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'kiosk-no-keychain-cli-'));
    const previous = process.cwd();
    process.chdir(cwd);
    const lines: string[] = [];
    try {
      const code = await runConfigCli(['sms', 'set', 'sms-password'], {
        stdout: (line) => lines.push(line),
        stderr: (line) => lines.push(line),
        env: {},
        store,
        readSecret: () => Promise.resolve({ ok: true, value: SECRET }),
      });
      expect(code).toBe(EXIT_NO_KEYCHAIN);
    } finally {
      process.chdir(previous);
    }
    expect(lines.join('\n')).toMatch(/config: no OS keychain is available .*Nothing was stored/);
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('the settings screen’s function answers "keychain unavailable"', async () => {
    expect(await setSmsSecret(store, 'sms-password', SECRET)).toMatchObject({
      ok: false,
      problem: 'keychain-unavailable',
    });
  });

  it('a kiosk with a real roster refuses to start, saying why; the demo starts with a warning', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-no-keychain-'));
    const db = openDatabase(databasePath(dataDir));
    const pair = writeFixturePair();
    await importRosterFiles(db, [pair.students, pair.guardians], { clock: systemClock });
    db.close();
    await expect(composeKiosk({ dataDir, env: {}, secretStore: store })).rejects.toThrow(
      /password pepper is required .*no OS keychain is available .*will not store them in plain text.*KIOSK_PASSWORD_PEPPER/,
    );

    const demo = await composeKiosk({
      dataDir: mkdtempSync(join(tmpdir(), 'kiosk-no-keychain-demo-')),
      env: {},
      secretStore: store,
    });
    expect(demo.demoMode).toBe(true);
    expect(demo.warnings).toEqual([expect.stringMatching(/^WARNING: no OS keychain is available/)]);
    demo.close();
  });
});
