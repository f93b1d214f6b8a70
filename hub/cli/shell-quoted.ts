// A value as a POSIX shell word, so that a command the CLI prints works when pasted as printed.
const PLAIN_WORD = /^[\w@%+=:,./-]+$/u;

export function shellQuoted(value: string): string {
  return PLAIN_WORD.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}
