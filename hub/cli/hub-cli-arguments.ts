// The hub CLI's command line: words (the command) and `--name value` options. Flags every
// command knows are listed, so a typo is a usage error rather than silently ignored.
export interface HubArguments {
  readonly words: readonly string[];
  readonly options: ReadonlyMap<string, string>;
}

const VALUE_OPTIONS = new Set([
  'database-url',
  'port',
  'host',
  'tls-cert',
  'tls-key',
  'name',
  'school',
  'data-dir',
]);

export function parseHubArguments(argv: readonly string[]): HubArguments | string {
  const words: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/su, 2);
    if (!VALUE_OPTIONS.has(name)) return `unknown option --${name}`;
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      return `--${name} needs a value`;
    }
    if (inline === undefined) i += 1;
    options.set(name, value);
  }
  return { words, options };
}

/** A TCP port from an option, or the usage error to print. */
export function portOption(value: string | undefined, fallback: number): number | string {
  if (value === undefined) return fallback;
  const port = Number(value);
  return /^\d{1,5}$/u.test(value) && port >= 1 && port <= 65_535 ? port : `not a port: ${value}`;
}
