// How `npm run config` takes a secret: piped on standard input (scripts, `< file`), or typed at
// a prompt that echoes nothing, twice, since a typo nobody can see would otherwise be stored.
import type { SecretInput } from './run-config-cli';

export interface SecretTerminal {
  input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  output: NodeJS.WritableStream;
}

/** All of a piped input, less the one line break that `echo` or a file adds at the end. */
export async function readPipedSecret(input: NodeJS.ReadableStream): Promise<SecretInput> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  const value = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  return { ok: true, value };
}

const ENTER = new Set(['\r', '\n']);
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACE = new Set(['\u007f', '\b']);

/** One line typed without echo; undefined when the person cancels (Ctrl-C, Ctrl-D). */
export function promptHidden(
  terminal: SecretTerminal,
  prompt: string,
): Promise<string | undefined> {
  const { input, output } = terminal;
  output.write(prompt);
  input.setRawMode?.(true);
  input.resume();
  let typed = '';
  return new Promise((resolve) => {
    const finish = (value: string | undefined) => {
      input.removeListener('data', onData);
      input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const character of chunk.toString()) {
        if (ENTER.has(character)) return finish(typed);
        if (character === CTRL_C || character === CTRL_D) return finish(undefined);
        if (BACKSPACE.has(character)) typed = typed.slice(0, -1);
        else typed += character;
      }
    };
    input.on('data', onData);
  });
}

export async function readSecretInput(
  terminal: SecretTerminal,
  label: string,
): Promise<SecretInput> {
  if (!terminal.input.isTTY) return readPipedSecret(terminal.input);
  const first = await promptHidden(terminal, `${label} (not shown): `);
  if (first === undefined) return { ok: false, reason: 'cancelled' };
  const again = await promptHidden(terminal, 'Again, to check: ');
  if (again === undefined) return { ok: false, reason: 'cancelled' };
  if (again !== first) return { ok: false, reason: 'the two typings differ' };
  return { ok: true, value: first };
}
