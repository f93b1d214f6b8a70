import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { endSessionWithRenderer } from '../../../main/electron/renderer-lifecycle';

class FakeContents extends EventEmitter {
  id = 7;
  reloads = 0;
  reload() {
    this.reloads += 1;
  }
}

describe('the kiosk session follows the renderer (S-KIOSK-4)', () => {
  it('ends the session when the page (re)loads', async () => {
    const contents = new FakeContents();
    const resets: string[] = [];
    endSessionWithRenderer(contents, async (id) => resets.push(id));
    contents.emit('did-start-loading');
    await Promise.resolve();
    expect(resets).toEqual(['webcontents-7']);
  });

  it('ends the session, then reloads the page, when the renderer dies', async () => {
    const contents = new FakeContents();
    const order: string[] = [];
    endSessionWithRenderer(contents, async (id) => {
      order.push(`reset ${id}`);
    });
    contents.reload = () => order.push('reload');
    contents.emit('render-process-gone');
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['reset webcontents-7', 'reload']);
  });

  it('still reloads when the reset fails, and logs it', async () => {
    const contents = new FakeContents();
    const logged: string[] = [];
    endSessionWithRenderer(
      contents,
      async () => {
        throw new Error('database locked');
      },
      (message) => logged.push(message),
    );
    contents.emit('render-process-gone');
    await new Promise((resolve) => setImmediate(resolve));
    expect(contents.reloads).toBe(1);
    expect(logged).toEqual(['Kiosk session reset failed']);
  });
});
