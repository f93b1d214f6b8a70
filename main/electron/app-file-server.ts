// Serves the built renderer for the `app://kiosk` protocol (security.md S-EL-2, S-EL-3).
// Electron-free: it maps a web Request to a web Response, so unit tests run it under plain
// Node; app-protocol.ts only plugs it into Electron's `protocol.handle`. The files themselves
// are served by the resolver both hosts share.
import {
  resolveRendererPath,
  serveRendererFile,
  type RendererPathResolution,
} from '../renderer-files/renderer-file-server';
import { KIOSK_HOST, KIOSK_SCHEME } from './window-policy';

export { headersFor, mimeTypeFor } from '../renderer-files/renderer-file-server';

/** Maps an `app://kiosk/...` URL to a path inside `rootDir`, or refuses it. */
export const resolveAppFilePath = (rootDir: string, url: string): RendererPathResolution => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'forbidden', reason: 'unparsable URL' };
  }
  if (parsed.protocol !== `${KIOSK_SCHEME}:` || parsed.hostname !== KIOSK_HOST || parsed.port) {
    return { kind: 'forbidden', reason: 'not the kiosk origin' };
  }
  return resolveRendererPath(rootDir, parsed.pathname);
};

/** Answers one `app://kiosk` request from the files under `rootDir` (the built renderer). */
export const serveAppRequest = async (rootDir: string, request: Request): Promise<Response> => {
  if (resolveAppFilePath(rootDir, request.url).kind === 'forbidden' && isGetOrHead(request)) {
    return new Response('Forbidden', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
    });
  }
  const answer = await serveRendererFile(rootDir, request.method, new URL(request.url).pathname);
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
};

const isGetOrHead = (request: Request): boolean =>
  request.method === 'GET' || request.method === 'HEAD';
