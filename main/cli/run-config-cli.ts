import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { databasePath } from '../database/database-location';
import { systemClock, type Clock } from '../platform/clock';
import { KEYCHAIN_SERVICE } from '../secrets/keychain-secret-store';
import {
  SECRETS,
  SECRET_NAMES,
  SMS_SECRET_NAMES,
  isSmsSecretName,
  type SecretName,
} from '../secrets/secret-names';
import {
  deleteSmsSecret,
  readSecretsStatus,
  setSmsSecret,
  type SecretRefusal,
} from '../secrets/secret-settings';
import { KeychainUnavailableError, type SecretStore } from '../secrets/secret-store';
import { checkSecretValue } from '../secrets/secret-value';
import { enrolFromCli, leaveFromCli, statusFromCli, type HubCommandResult } from './hub-commands';

/** A value typed at the hidden prompt or piped in; never from argv (it would be in the shell history). */
export type SecretInput = { ok: true; value: string } | { ok: false; reason: string };

export interface ConfigCliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  store: SecretStore;
  /** Reads one secret from standard input, or at a hidden prompt (typed twice) on a terminal. */
  readSecret(label: string): Promise<SecretInput>;
  clock?: Clock;
}

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;
export const EXIT_NO_KEYCHAIN = 3;
export const EXIT_INTERNAL = 4;

export const CONFIG_CLI_HELP = `Usage: npm run config -- <command>

Sets the kiosk's secrets in the OS keychain of the account that runs the kiosk (service
"${KEYCHAIN_SERVICE}"). A value is read from standard input, or typed twice at a hidden
prompt: never on the command line, where the shell history would keep it. Restart the kiosk
after a change.

Commands:
  status                   which secrets are set, and where (never their values)
  sms status               the same, for the SMS gateway secrets only
  sms set NAME             store an SMS gateway secret (replaces the one already set)
  sms delete NAME          remove an SMS gateway secret from the keychain
  pepper show              print the password pepper, for the school's safe copy or another kiosk
  pepper set [--replace]   store the password pepper (the school's, restored from its copy)
  console setup-code [--data-dir DIR]
                           print a new one-time code to create the console's first secretariat
                           account (replaces any code printed before, the start-up log's too);
                           DIR is the kiosk's data directory (or set KIOSK_DATA_DIR)
  hub enrol URL CODE [--label NAME] [--data-dir DIR] [--replace]
                           enrol this kiosk at the hub at URL (https://, or http:// to this
                           machine only) with the one-time CODE its administrator gave; NAME is
                           how the hub lists this kiosk (default: the kioskName setting). The
                           keychain keeps one kiosk's credential: refused when it holds another
                           kiosk's, unless --replace (that kiosk no longer exists)
  hub status [--data-dir DIR]
                           this kiosk's hub, school, last sync, changes waiting, and whether the
                           hub accepts this kiosk's credential now
  hub leave [--discard-waiting] [--data-dir DIR]
                           forget the hub and the credential; refused while changes made here
                           have not reached the hub, unless --discard-waiting

SMS secret names:
${SMS_SECRET_NAMES.map((name) => `  ${name.padEnd(24)} ${SECRETS[name].description} (${SECRETS[name].envName})`).join('\n')}

Examples:
  npm run config -- sms set sms-password                 (hidden prompt)
  npm run config -- sms set twilio-auth-token < token.txt
  npm run --silent config -- pepper show > /media/usb/kiosk-pepper.txt
                          (--silent: npm prints nothing of its own into the file)
  npm run config -- console setup-code --data-dir /var/lib/kiosque
  npm run config -- hub enrol https://hub.example.org K7QW2M9XR4TB8NZC --label "Accueil"

Exit status:
  0  done (deleting a secret that was not set also says so and exits 0)
  1  refused: an empty or malformed value, the two typings differ, no pepper to show, a
     pepper already set (pass --replace), or no setup code to give (no kiosk database in the
     data directory, or the console already has its first account), or the hub refused the
     enrolment (address, code, certificate), or the keychain holds another kiosk's hub
     credential (hub enrol), or changes are waiting (hub leave); nothing was
     changed
  2  wrong command line (unknown command, option or secret name)
  3  no OS keychain is available (no Secret Service, locked keyring): nothing was stored,
     and nothing is ever stored in plain text instead
  4  internal error: please report it with the lines printed`;

// Each command and how many words it takes, its arguments included (the documentation's test
// checks the documented commands against it too).
export const COMMANDS: readonly { words: readonly string[]; arity: number }[] = [
  { words: ['status'], arity: 1 },
  { words: ['sms', 'status'], arity: 2 },
  { words: ['sms', 'set'], arity: 3 },
  { words: ['sms', 'delete'], arity: 3 },
  { words: ['pepper', 'show'], arity: 2 },
  { words: ['pepper', 'set'], arity: 2 },
  { words: ['console', 'setup-code'], arity: 2 },
  { words: ['hub', 'enrol'], arity: 4 },
  { words: ['hub', 'status'], arity: 2 },
  { words: ['hub', 'leave'], arity: 2 },
];

/** The config command's flags: it parses with this table, and the documentation's test checks against it. */
export const CONFIG_CLI_OPTIONS = {
  replace: { type: 'boolean', default: false },
  'data-dir': { type: 'string' },
  label: { type: 'string' },
  'discard-waiting': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The config command; returns the process exit code. Kept apart from the entry file for tests. */
export async function runConfigCli(argv: readonly string[], io: ConfigCliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: CONFIG_CLI_OPTIONS,
    });
  } catch (error) {
    return usageError(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(CONFIG_CLI_HELP);
    return EXIT_OK;
  }
  const [group, action, name] = positionals;
  const command = COMMANDS.find((known) => known.words.every((word, i) => positionals[i] === word));
  if (command === undefined) {
    // Two words at most are echoed: a third may be a secret typed where it does not belong.
    return usageError(
      io,
      group === undefined
        ? 'no command given'
        : `unknown command "${positionals.slice(0, 2).join(' ')}"`,
    );
  }
  if (positionals.length > command.arity) {
    return usageError(
      io,
      'too many arguments; a secret is never given on the command line (the shell history ' +
        'would keep it): it is read from standard input or typed at a hidden prompt',
    );
  }
  if (values.replace && !['pepper set', 'hub enrol'].includes(command.words.join(' '))) {
    return usageError(io, '--replace goes with "pepper set" and "hub enrol" only');
  }
  const verb = command.words.join(' ');
  if (values['data-dir'] !== undefined && verb !== 'console setup-code' && group !== 'hub') {
    return usageError(io, '--data-dir goes with "console setup-code" and "hub" commands only');
  }
  if (values.label !== undefined && verb !== 'hub enrol') {
    return usageError(io, '--label goes with "hub enrol" only');
  }
  if (values['discard-waiting'] && verb !== 'hub leave') {
    return usageError(io, '--discard-waiting goes with "hub leave" only');
  }
  const dataDir = values['data-dir'] ?? io.env.KIOSK_DATA_DIR;
  try {
    switch (command.words.join(' ')) {
      case 'status':
        return await showStatus(io, SECRET_NAMES);
      case 'sms status':
        return await showStatus(io, SMS_SECRET_NAMES);
      case 'pepper show':
        return await showPepper(io);
      case 'pepper set':
        return await setPepper(io, values.replace);
      case 'console setup-code':
        return await printSetupCode(io, dataDir);
      case 'hub enrol':
      case 'hub status':
      case 'hub leave':
        return await runHubCommand(io, verb, dataDir, {
          url: positionals[2],
          code: positionals[3],
          label: values.label,
          force: values['discard-waiting'],
          replace: values.replace,
        });
      default: {
        // sms set NAME, sms delete NAME
        if (name === undefined) return usageError(io, `"sms ${action}" needs a secret name`);
        if (!isSmsSecretName(name)) {
          return usageError(io, `unknown SMS secret name (one of: ${SMS_SECRET_NAMES.join(', ')})`);
        }
        return action === 'set' ? await setSms(io, name) : await deleteSms(io, name);
      }
    }
  } catch (error) {
    if (error instanceof KeychainUnavailableError) return noKeychain(io, error.message);
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`config: internal error (please report it with what follows): ${message}`);
    if (error instanceof Error && error.stack) io.stderr(error.stack);
    return EXIT_INTERNAL;
  }
}

async function showStatus(io: ConfigCliIo, names: readonly SecretName[]): Promise<number> {
  const status = await readSecretsStatus(io.store, io.env, names);
  if (status.keychain === 'unavailable') io.stderr(`config: ${status.reason}`);
  else io.stdout(`Secrets in ${io.store.description}:`);
  for (const secret of status.secrets) {
    const state =
      status.keychain === 'unavailable' ? 'unknown' : secret.inKeychain ? 'set' : 'not set';
    const override = secret.inEnvironment
      ? ` (${secret.envName} is set in this environment: it overrides the keychain)`
      : '';
    io.stdout(`  ${secret.name.padEnd(24)} ${state.padEnd(8)} ${secret.description}${override}`);
  }
  return status.keychain === 'available' ? EXIT_OK : EXIT_NO_KEYCHAIN;
}

async function setSms(io: ConfigCliIo, name: SecretName): Promise<number> {
  const input = await io.readSecret(`${SECRETS[name].description} (${name})`);
  if (!input.ok) return refused(io, input.reason);
  const result = await setSmsSecret(io.store, name, input.value);
  if (!result.ok) return failed(io, result);
  io.stdout(`Stored ${name} in ${io.store.description}. Restart the kiosk for it to take effect.`);
  warnIfOverridden(io, name);
  return EXIT_OK;
}

async function deleteSms(io: ConfigCliIo, name: SecretName): Promise<number> {
  const result = await deleteSmsSecret(io.store, name);
  if (!result.ok) return failed(io, result);
  io.stdout(
    result.removed
      ? `Deleted ${name} from ${io.store.description}. Restart the kiosk for it to take effect.`
      : `${name} was not set in ${io.store.description}; nothing changed.`,
  );
  warnIfOverridden(io, name);
  return EXIT_OK;
}

async function showPepper(io: ConfigCliIo): Promise<number> {
  const pepper = (await io.store.readAll())['password-pepper'];
  if (pepper === undefined) {
    return refused(
      io,
      `no password pepper in ${io.store.description}: the kiosk creates it on its first start ` +
        '(or restore the school’s with "pepper set")',
    );
  }
  // The value alone on standard output, so that it can be redirected to the safe copy.
  io.stdout(pepper);
  return EXIT_OK;
}

async function setPepper(io: ConfigCliIo, replace: boolean): Promise<number> {
  // Asked before reading the value: nobody types a secret only to be told it was refused.
  const current = (await io.store.readAll())['password-pepper'];
  if (current !== undefined && !replace) {
    return refused(
      io,
      `a password pepper is already set in ${io.store.description}; replacing it makes every ` +
        'password made with it stop working. Pass --replace to restore the school’s pepper on a ' +
        'kiosk that has none of its accounts yet',
    );
  }
  const input = await io.readSecret('password pepper');
  if (!input.ok) return refused(io, input.reason);
  const problem = checkSecretValue('password-pepper', input.value);
  if (problem) return refused(io, problem.message);
  if (input.value === current) {
    io.stdout('The password pepper is already this one; nothing changed.');
    return EXIT_OK;
  }
  await io.store.write('password-pepper', input.value);
  io.stdout(
    `Stored the password pepper in ${io.store.description}. Restart the kiosk for it to take effect.`,
  );
  warnIfOverridden(io, 'password-pepper');
  return EXIT_OK;
}

/**
 * S-SEC-1: a new console setup code, printed for the school's IT person. It needs the kiosk's
 * database (the code's hash is kept there, where the kiosk checks it), never the keychain.
 */
async function printSetupCode(io: ConfigCliIo, dataDir: string | undefined): Promise<number> {
  if (!dataDir)
    return usageError(io, 'no data directory: pass --data-dir DIR or set KIOSK_DATA_DIR');
  if (!existsSync(databasePath(dataDir))) {
    return refused(
      io,
      `no kiosk database in ${dataDir}: start the kiosk once (its start-up log prints a setup ` +
        'code too), or check --data-dir',
    );
  }
  // Loaded here only: the other commands need no database (nor its native module).
  const { openDatabase } = await import('../database/open-database');
  const { createConsoleSetupCodes, setupCodeLine } = await import('../staff/console-setup-code');
  const db = openDatabase(databasePath(dataDir));
  try {
    const code = createConsoleSetupCodes(db).issue('cli', (io.clock ?? systemClock).now());
    if (code === null) {
      return refused(
        io,
        'the console already has its first secretariat account, so no setup code is needed: ' +
          'log in with a secretariat account (one can give another a new password)',
      );
    }
    io.stdout(setupCodeLine(code));
    io.stdout('It replaces any setup code printed before, and serves once.');
    return EXIT_OK;
  } finally {
    db.close();
  }
}

async function runHubCommand(
  io: ConfigCliIo,
  verb: string,
  dataDir: string | undefined,
  args: {
    url: string | undefined;
    code: string | undefined;
    label: string | undefined;
    force: boolean;
    replace: boolean;
  },
): Promise<number> {
  if (!dataDir)
    return usageError(io, 'no data directory: pass --data-dir DIR or set KIOSK_DATA_DIR');
  let result: HubCommandResult;
  if (verb === 'hub enrol') {
    if (args.url === undefined || args.code === undefined) {
      return usageError(io, '"hub enrol" needs the hub\'s address and the enrolment code');
    }
    result = await enrolFromCli(io, dataDir, {
      hubUrl: args.url,
      code: args.code,
      label: args.label,
      replaceCredential: args.replace,
    });
  } else if (verb === 'hub status') {
    result = await statusFromCli(io, dataDir);
  } else {
    result = await leaveFromCli(io, dataDir, args.force);
  }
  if (result.code === 'ok') return EXIT_OK;
  if (result.code === 'no-keychain') return noKeychain(io, result.message);
  return refused(io, result.message);
}

function warnIfOverridden(io: ConfigCliIo, name: SecretName): void {
  const { envName } = SECRETS[name];
  if (io.env[envName]) {
    io.stderr(
      `config: note: ${envName} is set in this environment; where the kiosk runs with it, it overrides the keychain`,
    );
  }
}

function failed(io: ConfigCliIo, refusal: SecretRefusal): number {
  if (refusal.problem === 'keychain-unavailable') return noKeychain(io, refusal.message);
  return refused(io, refusal.message);
}

function refused(io: ConfigCliIo, message: string): number {
  io.stderr(`config: ${message}; nothing was changed`);
  return EXIT_REFUSED;
}

function noKeychain(io: ConfigCliIo, message: string): number {
  io.stderr(`config: ${message}. Nothing was stored`);
  return EXIT_NO_KEYCHAIN;
}

function usageError(io: ConfigCliIo, message: string): number {
  io.stderr(`config: ${message}`);
  io.stderr('Run "npm run config -- --help" for usage.');
  return EXIT_USAGE;
}
