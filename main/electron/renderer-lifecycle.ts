// A page that (re)loads or a renderer that dies has lost everything the parent typed and saw:
// the main side must forget that kiosk session too, or a crashed page could come back to a
// parent still logged in (S-KIOSK-4). A dead renderer is reloaded so the kiosk never stays black.
import { sessionIdOf } from './ipc-binding';

/** The few webContents events used here (structural, so tests pass a plain emitter). */
export interface RendererContentsLike {
  id: number;
  on(event: 'did-start-loading' | 'render-process-gone', listener: () => void): unknown;
  reload(): void;
}

export function endSessionWithRenderer(
  contents: RendererContentsLike,
  resetSession: (sessionId: string) => Promise<unknown>,
  logError: (message: string, error: unknown) => void = console.error,
): void {
  const reset = () =>
    resetSession(sessionIdOf(contents)).catch((error: unknown) =>
      logError('Kiosk session reset failed', error),
    );
  contents.on('did-start-loading', () => void reset());
  contents.on('render-process-gone', () => {
    void reset().then(() => contents.reload());
  });
}
