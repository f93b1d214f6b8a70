// Serves the built renderer's files, for both transports: Electron's `app://kiosk` protocol and
// the browser host's HTTP. One resolver, one set of headers (S-EL-2: the CSP on every HTML
// document), one containment check, so the two hosts cannot drift apart.
import { realpath, readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';

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

export type RendererPathResolution =
  { kind: 'file'; filePath: string } | { kind: 'forbidden'; reason: string };

/**
 * Maps a URL path (still percent-encoded, e.g. `/assets/index.js`) to a file inside `rootDir`,
 * or refuses it. Works on encoded segments so `%2e%2e`, `%2f` and `\` cannot smuggle a
 * traversal past the decoding, then checks containment once more on the resolved path.
 */
export const resolveRendererPath = (rootDir: string, pathname: string): RendererPathResolution => {
  const segments: string[] = [];
  for (const encoded of pathname.split('/')) {
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

export interface RendererFileAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string | null;
}

const textAnswer = (status: number, body: string): RendererFileAnswer => ({
  status,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  body,
});

/** Answers one GET/HEAD for `pathname` from the files under `rootDir` (the built renderer). */
export async function serveRendererFile(
  rootDir: string,
  method: string,
  pathname: string,
): Promise<RendererFileAnswer> {
  if (method !== 'GET' && method !== 'HEAD') return textAnswer(405, 'Method not allowed');
  const resolution = resolveRendererPath(rootDir, pathname);
  if (resolution.kind === 'forbidden') return textAnswer(403, 'Forbidden');
  try {
    // realpath: a symlink inside the renderer must not lead outside it.
    const [realRoot, realFile] = await Promise.all([
      realpath(resolve(rootDir)),
      realpath(resolution.filePath),
    ]);
    if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile()) {
      return textAnswer(404, 'Not found');
    }
    const body = method === 'HEAD' ? null : await readFile(realFile);
    return { status: 200, headers: headersFor(resolution.filePath), body };
  } catch {
    return textAnswer(404, 'Not found');
  }
}
