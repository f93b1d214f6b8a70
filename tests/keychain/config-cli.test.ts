import { afterEach, describe, expect, it } from 'vitest';
import {
  EXIT_OK,
  EXIT_REFUSED,
  EXIT_USAGE,
  runConfigCli,
  type SecretInput,
} from '../../main/cli/run-config-cli';
import { readSecretsStatus, setSmsSecret } from '../../main/secrets/secret-settings';
import { SMS_SECRET_NAMES } from '../../main/secrets/secret-names';
import { testKeychainStore } from './test-keychain';

const PEPPER = 'the-school-pepper-restored-from-its-safe-copy';

describe('`npm run config` on a real keychain (S-DATA-1)', () => {
  const store = testKeychainStore();
  afterEach(() => store.clear());

  /** Runs the command as a person would, typing `typed` when asked for a value. */
  async function config(argv: string[], typed?: SecretInput, env: Record<string, string> = {}) {
    const out: string[] = [];
    const err: string[] = [];
    let asked = 0;
    const code = await runConfigCli(argv, {
      stdout: (line) => out.push(line),
      stderr: (line) => err.push(line),
      env,
      store,
      readSecret: () => {
        asked += 1;
        return Promise.resolve(typed ?? { ok: false, reason: 'no input in this test' });
      },
    });
    return { code, out: out.join('\n'), err: err.join('\n'), asked };
  }

  it('sets an SMS secret, says it is set without ever printing it, and deletes it', async () => {
    const set = await config(['sms', 'set', 'twilio-auth-token'], {
      ok: true,
      value: 'tw-secret-1234',
    });
    expect(set).toMatchObject({ code: EXIT_OK, asked: 1 });
    expect(set.out).toMatch(/Stored twilio-auth-token in the OS keychain .*Restart the kiosk/);
    expect((await store.readAll())['twilio-auth-token']).toBe('tw-secret-1234');

    const status = await config(['sms', 'status']);
    expect(status.code).toBe(EXIT_OK);
    expect(status.out).toMatch(/twilio-auth-token\s+set\s+Twilio auth token/);
    expect(status.out).toMatch(/sms-password\s+not set/);
    expect(status.out).not.toMatch(/password-pepper/);
    expect(status.out + status.err).not.toContain('tw-secret-1234');

    const gone = await config(['sms', 'delete', 'twilio-auth-token']);
    expect(gone).toMatchObject({ code: EXIT_OK });
    expect(gone.out).toMatch(/Deleted twilio-auth-token/);
    expect(await store.readAll()).toEqual({});
    const again = await config(['sms', 'delete', 'twilio-auth-token']);
    expect(again).toMatchObject({ code: EXIT_OK });
    expect(again.out).toMatch(/was not set .*nothing changed/);
  });

  it('status names an environment variable that overrides the keychain', async () => {
    const status = await config(['status'], undefined, { KIOSK_SMS_PASSWORD: 'from-env' });
    expect(status.out).toMatch(
      /sms-password\s+not set\s+Android gateway password \(KIOSK_SMS_PASSWORD is set in this environment: it overrides the keychain\)/,
    );
    expect(status.out).not.toContain('from-env');
  });

  it('refuses a bad value or differing typings and changes nothing', async () => {
    await store.write('sms-password', 'kept');
    for (const typed of [
      { ok: true as const, value: '' },
      { ok: true as const, value: 'two\nlines' },
      { ok: true as const, value: ' padded ' },
      { ok: false as const, reason: 'the two typings differ' },
    ]) {
      const result = await config(['sms', 'set', 'sms-password'], typed);
      expect(result.code).toBe(EXIT_REFUSED);
      expect(result.err).toMatch(/nothing was changed/);
    }
    expect(await store.readAll()).toEqual({ 'sms-password': 'kept' });
  });

  it('refuses a value on the command line, an unknown name or command, before asking for anything', async () => {
    for (const argv of [
      ['sms', 'set', 'sms-password', 'secret-on-the-command-line'],
      ['pepper', 'set', 'secret-on-the-command-line'],
      ['sms', 'set', 'secret-on-the-command-line'],
      ['sms', 'set', 'password-pepper'],
      ['sms', 'set'],
      ['sms', 'show', 'sms-password'],
      ['status', '--replace'],
      [],
    ]) {
      const result = await config(argv, { ok: true, value: 'x' });
      expect(result).toMatchObject({ code: EXIT_USAGE, asked: 0 });
      expect(result.err).toMatch(/npm run config -- --help/);
      expect(result.err).not.toContain('secret-on-the-command-line');
    }
    expect(await store.readAll()).toEqual({});
  });

  it('S-PWD-3 restores the pepper, refuses to replace it without --replace, and shows it', async () => {
    expect((await config(['pepper', 'show'])).code).toBe(EXIT_REFUSED);
    const short = await config(['pepper', 'set'], { ok: true, value: 'short' });
    expect(short.code).toBe(EXIT_REFUSED);
    expect(short.err).toMatch(/at least 32 characters/);
    expect((await config(['pepper', 'set'], { ok: true, value: PEPPER })).code).toBe(EXIT_OK);

    const replace = await config(['pepper', 'set'], { ok: true, value: 'n'.repeat(40) });
    expect(replace).toMatchObject({ code: EXIT_REFUSED, asked: 0 });
    expect(replace.err).toMatch(/every password made with it stop working.*--replace/);
    expect((await store.readAll())['password-pepper']).toBe(PEPPER);

    const shown = await config(['pepper', 'show']);
    expect(shown).toMatchObject({ code: EXIT_OK, out: PEPPER });

    const replaced = await config(['pepper', 'set', '--replace'], {
      ok: true,
      value: 'n'.repeat(40),
    });
    expect(replaced.code).toBe(EXIT_OK);
    expect((await store.readAll())['password-pepper']).toBe('n'.repeat(40));
  });
});

describe('what the settings screen calls (write-only secrets, S-DATA-1)', () => {
  const store = testKeychainStore();
  afterEach(() => store.clear());

  it('sets a gateway secret and reports which are set, never a value', async () => {
    expect(await setSmsSecret(store, 'ovh-consumer-key', 'ck-0123456789')).toEqual({ ok: true });
    const status = await readSecretsStatus(store, {}, SMS_SECRET_NAMES);
    expect(status.keychain).toBe('available');
    expect(status.secrets.filter((secret) => secret.inKeychain).map((s) => s.name)).toEqual([
      'ovh-consumer-key',
    ]);
    expect(JSON.stringify(status)).not.toContain('ck-0123456789');
    expect((await store.readAll())['ovh-consumer-key']).toBe('ck-0123456789');
  });

  it('refuses the pepper, an unknown name or a bad value, and changes nothing', async () => {
    expect(await setSmsSecret(store, 'password-pepper', 'p'.repeat(40))).toMatchObject({
      ok: false,
      problem: 'unknown-name',
    });
    expect(await setSmsSecret(store, 'brevo-api-key', '')).toMatchObject({
      ok: false,
      problem: 'empty',
    });
    expect(await setSmsSecret(store, 'brevo-api-key', 'a\tb')).toMatchObject({
      ok: false,
      problem: 'control-characters',
    });
    expect(await store.readAll()).toEqual({});
  });
});
