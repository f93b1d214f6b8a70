import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, hardenWebContents } from '../../../main/electron/contents-policy';

type Handler = (event: { url?: string; preventDefault: () => void }) => void;

/** A fake webContents: records listeners and the window-open handler. */
const fakeContents = () => {
  const listeners = new Map<string, Handler[]>();
  let openHandler: ((details: unknown) => { action: string }) | undefined;
  const contents = {
    on: (name: string, handler: Handler) => {
      listeners.set(name, [...(listeners.get(name) ?? []), handler]);
      return contents;
    },
    setWindowOpenHandler: (handler: (details: unknown) => { action: string }) => {
      openHandler = handler;
    },
  };
  const emit = (name: string, url?: string): boolean => {
    const event = { url, preventDefault: vi.fn() };
    for (const handler of listeners.get(name) ?? []) handler(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as WebContents,
    emit,
    openWindow: (url: string) => openHandler?.({ url }),
  };
};

describe('hardenWebContents (S-EL-3)', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'lets %s stay on app://kiosk and cancels everything else',
    (name) => {
      const fake = fakeContents();
      hardenWebContents(fake.contents);
      expect(fake.emit(name, 'app://kiosk/index.html')).toBe(false);
      expect(fake.emit(name, 'https://evil.example/')).toBe(true);
      expect(fake.emit(name, 'file:///etc/passwd')).toBe(true);
      expect(fake.emit(name, 'app://other/')).toBe(true);
    },
  );

  it('denies every window.open, even to our own origin', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(fake.openWindow('app://kiosk/index.html')).toEqual({ action: 'deny' });
  });

  it('prevents webviews from attaching', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.emit('will-attach-webview')).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('answers no to every request and check', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    denyAllPermissions(session as unknown as Session);
    const [requestHandler] = session.setPermissionRequestHandler.mock.calls[0] ?? [];
    const callback = vi.fn();
    requestHandler({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const [checkHandler] = session.setPermissionCheckHandler.mock.calls[0] ?? [];
    expect(checkHandler({}, 'geolocation', 'app://kiosk', {})).toBe(false);
    const [deviceHandler] = session.setDevicePermissionHandler.mock.calls[0] ?? [];
    expect(deviceHandler({})).toBe(false);
  });
});
