// Serves the built renderer for the `app://kiosk` protocol (security.md S-EL-2, S-EL-3).
// Electron-free: it maps a web Request to a web Response with node:fs, so unit tests run it
// under plain Node; app-protocol.ts only plugs it into Electron's `protocol.handle`.
import { realpath, readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { KIOSK_HOST, KIOSK_SCHEME } from './window-policy';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** MIME type from the extension; unknown types are served as opaque bytes (with nosniff). */
export const mimeTypeFor = (filePath: string): string =>
  MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';

export type AppPathResolution =
  { kind: 'file'; filePath: string } | { kind: 'forbidden'; reason: string };

/**
 * Maps an `app://kiosk/...` URL to a path inside `rootDir`, or refuses it. Works on the URL's
 * encoded segments so `%2e%2e`, `%2f` and `\` cannot smuggle a traversal past the URL parser,
 * then checks containment once more on the resolved path.
 */
export const resolveAppFilePath = (rootDir: string, url: string): AppPathResolution => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'forbidden', reason: 'unparsable URL' };
  }
  if (parsed.protocol !== `${KIOSK_SCHEME}:` || parsed.hostname !== KIOSK_HOST || parsed.port) {
    return { kind: 'forbidden', reason: 'not the kiosk origin' };
  }
  const segments: string[] = [];
  for (const encoded of parsed.pathname.split('/')) {
    if (encoded === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return { kind: 'forbidden', reason: 'malformed percent-encoding' };
    }
    if (segment === '.' || segment === '..' || /[/\\\0:]/.test(segment)) {
      return { kind: 'forbidden', reason: 'path traversal' };
    }
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');
  const root = resolve(rootDir);
  const filePath = resolve(root, join(...segments));
  if (!isInside(root, filePath)) return { kind: 'forbidden', reason: 'outside the renderer' };
  return { kind: 'file', filePath };
};

const isInside = (root: string, candidate: string): boolean => {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
};

const textResponse = (status: number, body: string): Response =>
  new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });

/** Headers of a served file; HTML documents carry the CSP (S-EL-2). */
export const headersFor = (filePath: string): Record<string, string> => {
  const contentType = mimeTypeFor(filePath);
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    // The kiosk ships its files with the app; nothing needs an HTTP cache (and S-KIOSK-1
    // clears caches on idle reset anyway).
    'Cache-Control': 'no-store',
  };
  if (contentType.startsWith('text/html')) {
    headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
    headers['X-Frame-Options'] = 'DENY';
    headers['Referrer-Policy'] = 'no-referrer';
  }
  return headers;
};

/** Answers one `app://kiosk` request from the files under `rootDir` (the built renderer). */
export const serveAppRequest = async (rootDir: string, request: Request): Promise<Response> => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return textResponse(405, 'Method not allowed');
  }
  const resolution = resolveAppFilePath(rootDir, request.url);
  if (resolution.kind === 'forbidden') return textResponse(403, 'Forbidden');
  try {
    // realpath: a symlink inside the renderer must not lead outside it.
    const [realRoot, realFile] = await Promise.all([
      realpath(resolve(rootDir)),
      realpath(resolution.filePath),
    ]);
    if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile()) {
      return textResponse(404, 'Not found');
    }
    const body = request.method === 'HEAD' ? null : await readFile(realFile);
    return new Response(body, { status: 200, headers: headersFor(resolution.filePath) });
  } catch {
    return textResponse(404, 'Not found');
  }
};
