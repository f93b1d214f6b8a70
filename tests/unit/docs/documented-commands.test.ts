// The documentation cannot drift from the code: every `npm start`, `npm test` and `npm run …`
// command written in README.md and docs/**/*.md must name a script package.json defines, and give
// only flags (and, for `npm run config`, commands) that the script's command accepts, checked
// against the very option tables the commands parse with.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_HOST_CLI_OPTIONS } from '../../../main/browser-host/browser-host-cli-options';
import {
  COMMANDS as CONFIG_CLI_COMMANDS,
  CONFIG_CLI_OPTIONS,
} from '../../../main/cli/run-config-cli';
import { ROSTER_CLI_OPTIONS } from '../../../main/cli/run-roster-cli';
import { BENCH_OPTIONS } from '../../../scripts/bench/bench-options';
import { HUB_CLI_OPTIONS } from '../../../hub/cli/hub-cli-arguments';
import { SYNC_BENCH_OPTIONS } from '../../../scripts/bench/sync-bench-options';
import {
  checkCommand,
  extractNpmCommands,
  type DocumentedCommand,
  type ScriptArguments,
} from './documented-commands';

const root = join(import.meta.dirname, '..', '..', '..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const { scripts } = packageJson;

/** Each script that takes flags, the command its package.json line runs, and that command's table. */
const SCRIPT_ARGUMENTS: Readonly<Record<string, ScriptArguments & { runs: string }>> = {
  roster: { runs: 'dist/main/roster-cli.cjs', options: ROSTER_CLI_OPTIONS },
  config: {
    runs: 'dist/main/config-cli.cjs',
    options: CONFIG_CLI_OPTIONS,
    commands: CONFIG_CLI_COMMANDS.map((command) => command.words),
  },
  'start:browser': { runs: 'dist/main/browser-host.cjs', options: BROWSER_HOST_CLI_OPTIONS },
  bench: { runs: 'scripts/bench.mjs', options: BENCH_OPTIONS },
  hub: { runs: 'dist/hub/hub-cli.cjs', options: HUB_CLI_OPTIONS },
  'hub:local': { runs: 'dist/hub/hub-cli.cjs local', options: HUB_CLI_OPTIONS },
  'bench:sync': { runs: 'scripts/bench-sync.mjs', options: SYNC_BENCH_OPTIONS },
};

function markdownFiles(): string[] {
  const docs = readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md'))
    .map((path) => join(root, 'docs', path));
  return [join(root, 'README.md'), ...docs];
}

function documentedCommands(): DocumentedCommand[] {
  return markdownFiles().flatMap((file) =>
    extractNpmCommands(relative(root, file), readFileSync(file, 'utf8')),
  );
}

const check = (text: string) =>
  checkCommand({ place: 'doc.md:1', text }, scripts, SCRIPT_ARGUMENTS);

describe('the npm commands the documentation gives', () => {
  it('are found in the README and in docs/', () => {
    const commands = documentedCommands();
    const files = new Set(commands.map((command) => command.place.split(':')[0]));
    expect(files).toContain('README.md');
    expect([...files].some((file) => file?.startsWith('docs/operators/'))).toBe(true);
    expect([...files].some((file) => file?.startsWith('docs/developers/'))).toBe(true);
    const texts = commands.map((command) => command.text);
    expect(texts).toContain('npm test');
    expect(texts.some((text) => text.startsWith('npm run roster -- import'))).toBe(true);
  });

  it('all name a script package.json defines, with flags its command accepts', () => {
    const problems = documentedCommands().flatMap((command) =>
      checkCommand(command, scripts, SCRIPT_ARGUMENTS),
    );
    expect(problems).toEqual([]);
  });

  it('are checked against the tables of the commands those scripts really run', () => {
    for (const [script, { runs }] of Object.entries(SCRIPT_ARGUMENTS)) {
      expect(scripts[script], script).toContain(runs);
    }
  });
});

describe('the check of one documented command', () => {
  it('accepts what the commands accept, placeholders and redirections included', () => {
    expect(check('npm run roster -- import FILES… --data-dir DIR [--uai UAI] [--dry-run]')).toEqual(
      [],
    );
    expect(check('npm run --silent config -- pepper show > /media/usb/kiosk-pepper.txt')).toEqual(
      [],
    );
    expect(check('npm run config -- pepper set --replace < copy.txt')).toEqual([]);
    expect(check('npm run bench [-- --scale S]')).toEqual([]);
    expect(check('npm run start:browser -- --data-dir DIR [--port N]')).toEqual([]);
    expect(check('npm test')).toEqual([]);
  });

  it('refuses a script package.json does not define', () => {
    expect(check('npm run roster-import -- --data-dir DIR')).toEqual([
      'doc.md:1: `npm run roster-import -- --data-dir DIR`: package.json defines no script "roster-import"',
    ]);
  });

  it('refuses a flag the command does not accept', () => {
    const [problem, ...more] = check('npm run roster -- import a.xml b.xml --data-dir D --force');
    expect(problem).toMatch(/Unknown option '--force'/);
    expect(more).toEqual([]);
    expect(check('npm run bench -- --scale 0.05 --runs 3 --quick')).toHaveLength(1);
    expect(check('npm run start:browser -- --data-dir D --host 0.0.0.0')).toHaveLength(1);
    expect(check('npm run config -- pepper set --force')).toHaveLength(1);
  });

  it('refuses a flag given to a script that takes none', () => {
    expect(check('npm run lint -- --fix')).toEqual([
      'doc.md:1: `npm run lint -- --fix`: "lint" is given --fix, but takes no flags',
    ]);
  });

  it('refuses a config command that does not exist', () => {
    expect(check('npm run config -- sms show twilio-auth-token')).toEqual([
      'doc.md:1: `npm run config -- sms show twilio-auth-token`: "config" has no command "sms show twilio-auth-token"',
    ]);
  });

  it('reads commands in inline code, fenced blocks and continued lines', () => {
    const markdown = [
      'Run `npm run roster -- import a.xml b.xml --data-dir D` then `npm start`.',
      '```sh',
      'npm run bench -- --scale 0.05   # a quick run',
      'npm run roster -- import e.csv r.csv --uai 0751234A \\',
      '  --school-name "École Jules Ferry" --data-dir /srv/kiosk',
      '```',
      'Not a command: `npm ci`, nor npm run lint outside code.',
    ].join('\n');
    expect(extractNpmCommands('x.md', markdown)).toEqual([
      { place: 'x.md:1', text: 'npm run roster -- import a.xml b.xml --data-dir D' },
      { place: 'x.md:1', text: 'npm start' },
      { place: 'x.md:3', text: 'npm run bench -- --scale 0.05' },
      {
        place: 'x.md:4',
        text: 'npm run roster -- import e.csv r.csv --uai 0751234A    --school-name "École Jules Ferry" --data-dir /srv/kiosk',
      },
    ]);
  });
});
