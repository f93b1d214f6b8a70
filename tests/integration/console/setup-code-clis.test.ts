// S-SEC-1: the school's IT person gets the console's setup code from the kiosk's start-up log,
// the roster CLI or `npm run config -- console setup-code`; the last one printed is the one the
// running kiosk accepts, and none is printed once the console is claimed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { composeKiosk, type ComposedKiosk } from '../../../main/app/compose-kiosk';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE, runConfigCli } from '../../../main/cli/run-config-cli';
import { runRosterCli } from '../../../main/cli/run-roster-cli';
import { createInMemorySecretStore } from '../../fakes/in-memory-secret-store';
import { writeFixturePair } from '../../fixtures/siecle/siecle-fixture-files';
import {
  setupCodeFromStartupLog,
  STAFF_NAME,
  STAFF_PASSWORD,
  STAFF_USERNAME,
} from './console-harness';

let kiosk: ComposedKiosk | undefined;
afterEach(() => kiosk?.close());

async function config(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runConfigCli(argv, {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    env,
    store: createInMemorySecretStore(),
    readSecret: () => Promise.reject(new Error('no secret is read')),
  });
  return { status, out, err };
}

const claim = (setupCode: string) =>
  kiosk!.handlers['console.createFirstStaff'](
    { sessionId: 'desk' },
    {
      username: STAFF_USERNAME,
      displayName: STAFF_NAME,
      password: STAFF_PASSWORD,
      confirmation: STAFF_PASSWORD,
      setupCode,
    },
  );

describe('`npm run config -- console setup-code`', () => {
  it('prints a new code the running kiosk accepts, in place of the start-up log’s', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-setup-code-'));
    kiosk = await composeKiosk({ dataDir, env: {}, secretStore: createInMemorySecretStore() });
    const fromLog = setupCodeFromStartupLog(kiosk.notices);

    const printed = await config(['console', 'setup-code'], { KIOSK_DATA_DIR: dataDir });
    expect(printed.status).toBe(EXIT_OK);
    const code = setupCodeFromStartupLog(printed.out);
    expect(code).not.toBe(fromLog);
    expect(await claim(fromLog)).toMatchObject({ error: { code: 'SETUP_CODE_INVALID' } });
    expect(await claim(code)).toMatchObject({ ok: true });

    // Claimed: no code to give any more.
    const after = await config(['console', 'setup-code', '--data-dir', dataDir]);
    expect(after.status).toBe(EXIT_REFUSED);
    expect(after.out).toEqual([]);
    expect(after.err.join('\n')).toMatch(/already has its first secretariat account/u);
  }, 60_000);

  it('says what is missing: no data directory, or no kiosk in it', async () => {
    expect((await config(['console', 'setup-code'])).status).toBe(EXIT_USAGE);
    const empty = await config([
      'console',
      'setup-code',
      '--data-dir',
      mkdtempSync(join(tmpdir(), 'kiosk-none-')),
    ]);
    expect(empty.status).toBe(EXIT_REFUSED);
    expect(empty.err.join('\n')).toMatch(/no kiosk database in/u);
    expect((await config(['status', '--data-dir', '/tmp'])).status).toBe(EXIT_USAGE);
  });
});

describe('`npm run roster -- import` on an unclaimed console', () => {
  it('ends with a setup code that claims it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-roster-code-'));
    const files = writeFixturePair();
    const out: string[] = [];
    const status = await runRosterCli(
      ['import', files.students, files.guardians, '--data-dir', dataDir],
      { stdout: (line) => out.push(line), stderr: () => {}, env: {} },
    );
    expect(status).toBe(0);
    const code = setupCodeFromStartupLog(out);
    // The kiosk started afterwards prints its own, which replaces it: the CLI's is then refused.
    kiosk = await composeKiosk({
      dataDir,
      env: { KIOSK_PASSWORD_PEPPER: 'e2e-pepper-0123456789-abcdefghijklmnopqrstuvwxyz' },
      secretStore: createInMemorySecretStore(),
    });
    expect(await claim(code)).toMatchObject({ error: { code: 'SETUP_CODE_INVALID' } });
    expect(await claim(setupCodeFromStartupLog(kiosk.notices))).toMatchObject({ ok: true });
  }, 60_000);
});
