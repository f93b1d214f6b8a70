import { describe, expect, it } from 'vitest';
import {
  KIOSK_ORIGIN,
  KIOSK_START_URL,
  isKioskUrl,
  isWindowedMode,
} from '../../../main/electron/window-policy';
import { kioskAppPaths } from '../../../main/electron/app-paths';
import { startupErrorMessage } from '../../../main/electron/startup-error';
import { join, resolve } from 'node:path';

describe('isKioskUrl (S-EL-3)', () => {
  it('accepts pages of app://kiosk', () => {
    expect(KIOSK_ORIGIN).toBe('app://kiosk');
    expect(isKioskUrl(KIOSK_START_URL)).toBe(true);
    expect(isKioskUrl('app://kiosk/')).toBe(true);
    expect(isKioskUrl('app://kiosk/assets/index-abc.js?x=1#top')).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'file:///app/dist/renderer/index.html',
    'https://evil.example/',
    'http://kiosk/index.html',
    'app://other/index.html',
    'app://kiosk.evil.example/index.html',
    'app://kiosk:8080/index.html',
    'app://user:pw@kiosk/index.html',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isKioskUrl(url)).toBe(false);
  });
});

describe('isWindowedMode', () => {
  it('is kiosk/fullscreen unless KIOSK_WINDOWED=1', () => {
    expect(isWindowedMode({})).toBe(false);
    expect(isWindowedMode({ KIOSK_WINDOWED: '0' })).toBe(false);
    expect(isWindowedMode({ KIOSK_WINDOWED: 'true' })).toBe(false);
    expect(isWindowedMode({ KIOSK_WINDOWED: '1' })).toBe(true);
  });
});

describe('kioskAppPaths', () => {
  it('finds the renderer and preload next to the main bundle', () => {
    const paths = kioskAppPaths(join('/opt', 'kiosk', 'dist', 'main'));
    expect(paths.appRoot).toBe(resolve('/opt/kiosk'));
    expect(paths.rendererDir).toBe(join(resolve('/opt/kiosk'), 'dist', 'renderer'));
    expect(paths.preloadPath).toBe(join(resolve('/opt/kiosk'), 'dist', 'preload', 'preload.cjs'));
  });
});

describe('startupErrorMessage', () => {
  it('speaks English and French and carries the cause', () => {
    const message = startupErrorMessage(new Error('database is newer than the code'));
    expect(message).toContain('The kiosk could not start');
    expect(message).toContain('Le kiosque n’a pas pu démarrer');
    expect(message).toContain('database is newer than the code');
  });
});
