import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readSecretInput } from '../../../main/cli/read-secret-input';

const piped = (text: string) => {
  const input = new PassThrough();
  input.end(text);
  return { input, output: new PassThrough() };
};

/** A terminal the person types into, key by key; what the screen shows is collected. */
function terminal(keys: string[]) {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    rawModes: [] as boolean[],
    setRawMode(raw: boolean) {
      this.rawModes.push(raw);
    },
  });
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
  // Each prompt is answered once it is shown, as a person would.
  let answered = 0;
  output.on('data', (chunk: Buffer) => {
    if (/: $/.test(chunk.toString())) {
      const key = keys[answered++];
      if (key !== undefined) setImmediate(() => input.write(key));
    }
  });
  return { input, output, shown: () => shown };
}

describe('reading a secret for `npm run config` (never from the command line)', () => {
  it('takes a piped value whole, less the final line break', async () => {
    expect(await readSecretInput(piped('tok en\n'), 'x')).toEqual({ ok: true, value: 'tok en' });
    expect(await readSecretInput(piped('tok\r\n'), 'x')).toEqual({ ok: true, value: 'tok' });
    expect(await readSecretInput(piped('a\nb\n'), 'x')).toEqual({ ok: true, value: 'a\nb' });
  });

  it('at a terminal, asks twice without echoing, with backspace, in raw mode', async () => {
    const tty = terminal(['s3cret\r', 's3crx\u007fet\r']);
    expect(await readSecretInput(tty, 'Twilio auth token')).toEqual({ ok: true, value: 's3cret' });
    expect(tty.shown()).toContain('Twilio auth token (not shown): ');
    expect(tty.shown()).not.toContain('s3cr');
    expect(tty.input.rawModes).toEqual([true, false, true, false]);
  });

  it('refuses two different typings, and a cancel', async () => {
    expect(await readSecretInput(terminal(['one\r', 'two\r']), 'x')).toEqual({
      ok: false,
      reason: 'the two typings differ',
    });
    expect(await readSecretInput(terminal(['\u0003']), 'x')).toEqual({
      ok: false,
      reason: 'cancelled',
    });
  });
});
