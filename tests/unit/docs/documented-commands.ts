// Reads the `npm start`, `npm test` and `npm run …` commands out of Markdown, and checks each one
// against package.json and the option table its command parses with.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export interface DocumentedCommand {
  /** Where it was found: `file:line`. */
  place: string;
  /** The command as written, from `npm` on. */
  text: string;
}

/** What a script's command accepts, taken from the command's own code. */
export interface ScriptArguments {
  options: ParseArgsOptionsConfig;
  /** The commands it knows, as leading words (e.g. `sms set`); absent when not checked. */
  commands?: readonly (readonly string[])[];
}

const NPM_COMMAND = /\bnpm\s+(?:run|run-script|start|test)\b/;

/** Every npm command in inline code spans and fenced code blocks of a Markdown file. */
export function extractNpmCommands(file: string, markdown: string): DocumentedCommand[] {
  const found: DocumentedCommand[] = [];
  const lines = markdown.split('\n');
  let inFence = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    const place = `${file}:${index + 1}`;
    if (inFence) {
      // A shell line, continued by a trailing backslash; a `#` starts a comment.
      let shell = line;
      while (shell.endsWith('\\') && index + 1 < lines.length) {
        index += 1;
        shell = `${shell.slice(0, -1)} ${lines[index] ?? ''}`;
      }
      const command = commandIn(shell.replace(/(^|\s)#.*$/, ''));
      if (command !== null) found.push({ place, text: command });
      continue;
    }
    // Inline code may run over a line break: join the paragraph's next line when a span is open.
    let text = line;
    while ((text.match(/`/g) ?? []).length % 2 === 1 && index + 1 < lines.length) {
      index += 1;
      text = `${text} ${lines[index] ?? ''}`;
    }
    for (const span of text.matchAll(/`([^`]+)`/g)) {
      const command = commandIn(span[1] ?? '');
      if (command !== null) found.push({ place, text: command });
    }
  }
  return found;
}

function commandIn(text: string): string | null {
  const match = NPM_COMMAND.exec(text);
  return match === null ? null : text.slice(match.index).trim();
}

/** Shell words, quotes removed, up to a redirection, pipe or list operator. */
function shellWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    const bare = match[3];
    if (bare !== undefined && /^(\d?[<>]|\||&&|;)/.test(bare)) break;
    words.push(match[1] ?? match[2] ?? bare ?? '');
  }
  return words;
}

/** Written placeholders: `[--port N]` is an optional flag, `…` stands for more of the same. */
function withoutNotation(words: readonly string[]): string[] {
  return words
    .map((word) => word.replace(/^\[+|\]+$/g, ''))
    .filter((word) => word !== '' && word !== '…' && word !== '...');
}

/** The problems of one documented command; none when package.json and its command accept it. */
export function checkCommand(
  command: DocumentedCommand,
  scripts: Readonly<Record<string, string>>,
  scriptArguments: Readonly<Record<string, ScriptArguments>>,
): string[] {
  const words = withoutNotation(shellWords(command.text));
  let rest = words.slice(1);
  const verb = rest.shift();
  let script: string | undefined;
  if (verb === 'start' || verb === 'test') script = verb;
  else {
    // npm's own flags (`npm run --silent config`) come before the script's name.
    while (rest[0]?.startsWith('-')) rest.shift();
    script = rest.shift();
  }
  if (script === undefined) return []; // `npm run` named as such, no script
  const where = `${command.place}: \`${command.text}\``;
  if (!Object.hasOwn(scripts, script)) {
    return [`${where}: package.json defines no script "${script}"`];
  }
  if (rest[0] === '--') rest = rest.slice(1);
  const accepted = scriptArguments[script];
  if (accepted === undefined) {
    const flag = rest.find((word) => word.startsWith('-'));
    return flag === undefined ? [] : [`${where}: "${script}" is given ${flag}, but takes no flags`];
  }
  let positionals: string[];
  try {
    positionals = parseArgs({
      args: rest,
      options: accepted.options,
      strict: true,
      allowPositionals: true,
    }).positionals;
  } catch (error) {
    return [`${where}: ${error instanceof Error ? error.message : String(error)}`];
  }
  const { commands } = accepted;
  if (commands === undefined || positionals.length === 0) return [];
  const known = commands.some((words) => words.every((word, i) => positionals[i] === word));
  return known ? [] : [`${where}: "${script}" has no command "${positionals.join(' ')}"`];
}
