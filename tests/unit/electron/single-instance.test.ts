import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimSingleInstance } from '../../../main/electron/single-instance';

class FakeApp extends EventEmitter {
  calls: string[] = [];
  userData = '/home/kiosque/.config/Kiosque d’activation des comptes';
  /** Where the lock would be taken: Electron puts it in userData at the time of the call. */
  lockDir: string | null = null;
  constructor(private readonly lockFree: boolean) {
    super();
  }
  getPath(name: 'appData') {
    return name === 'appData' ? '/home/kiosque/.config' : '';
  }
  setPath(_name: 'userData', path: string) {
    this.calls.push('setPath userData');
    this.userData = path;
  }
  requestSingleInstanceLock() {
    this.calls.push('requestSingleInstanceLock');
    this.lockDir = this.userData;
    return this.lockFree;
  }
}

function fakeWindow(minimized: boolean) {
  const calls: string[] = [];
  return {
    calls,
    isDestroyed: () => false,
    isMinimized: () => minimized,
    restore: () => calls.push('restore'),
    focus: () => calls.push('focus'),
  };
}

describe('one kiosk per machine', () => {
  it('takes the lock in the kiosk data folder, after setting it', () => {
    const app = new FakeApp(true);
    expect(claimSingleInstance(app, () => undefined)).toBe(true);
    expect(app.calls).toEqual(['setPath userData', 'requestSingleInstanceLock']);
    expect(app.lockDir).toBe(join('/home/kiosque/.config', 'kiosque-activation'));
  });

  it('tells a second launch to quit', () => {
    expect(claimSingleInstance(new FakeApp(false), () => undefined)).toBe(false);
  });

  it('brings the running kiosk window forward when a second launch is attempted', () => {
    const app = new FakeApp(true);
    const window = fakeWindow(true);
    claimSingleInstance(app, () => window);
    app.emit('second-instance');
    expect(window.calls).toEqual(['restore', 'focus']);
  });
});
