import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  mimeTypeFor,
  resolveAppFilePath,
  serveAppRequest,
} from '../../../main/electron/app-file-server';
import { CONTENT_SECURITY_POLICY } from '../../../main/security/content-security-policy';

let root: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'kiosk-app-protocol-'));
  root = join(base, 'renderer');
  outside = join(base, 'secret.txt');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Kiosque</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(outside, 'secret');
  symlinkSync(outside, join(root, 'assets', 'link.txt'));
});

afterAll(() => {
  rmSync(join(root, '..'), { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => serveAppRequest(root, new Request(url, { method }));

describe('resolveAppFilePath', () => {
  it('maps app://kiosk paths inside the renderer directory', () => {
    expect(resolveAppFilePath(root, 'app://kiosk/index.html')).toEqual({
      kind: 'file',
      filePath: join(root, 'index.html'),
    });
    expect(resolveAppFilePath(root, 'app://kiosk/')).toEqual({
      kind: 'file',
      filePath: join(root, 'index.html'),
    });
    expect(resolveAppFilePath(root, 'app://kiosk/assets/index-abc.js?v=2')).toEqual({
      kind: 'file',
      filePath: join(root, 'assets', 'index-abc.js'),
    });
  });

  it.each([
    'app://kiosk/..%2f..%2fetc%2fpasswd',
    'app://kiosk/assets/..%5c..%5csecret.txt',
    'app://kiosk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://kiosk/a%00b',
    'app://kiosk/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppFilePath(root, url).kind).toBe('forbidden');
  });

  // The URL parser already collapses `..` and `%2e%2e` segments at the root, so these reach
  // the resolver as /etc/passwd: they must stay inside the renderer directory.
  it.each([
    'app://kiosk/../../etc/passwd',
    'app://kiosk/%2e%2e/%2e%2e/etc/passwd',
    'app://kiosk/assets/%2E%2E/%2E%2E/secret.txt',
  ])('keeps %s inside the renderer directory', (url) => {
    const resolution = resolveAppFilePath(root, url);
    expect(resolution.kind).toBe('file');
    if (resolution.kind === 'file')
      expect(resolution.filePath.startsWith(join(root, ''))).toBe(true);
  });
});

describe('serveAppRequest', () => {
  it('serves index.html with the strict CSP (S-EL-2)', async () => {
    const response = await get('app://kiosk/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Kiosque</title>');
  });

  it('the CSP is the one the design asks for', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('serves scripts and styles with their MIME types and nosniff', async () => {
    const js = await get('app://kiosk/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    const css = await get('app://kiosk/assets/index-abc.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('refuses traversal with 403 and answers unknown files with 404', async () => {
    expect((await get('app://kiosk/..%2f..%2fetc%2fpasswd')).status).toBe(403);
    for (const url of ['app://kiosk/../../etc/passwd', 'app://kiosk/%2e%2e/%2e%2e/etc/passwd']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('root:');
    }
    expect((await get('app://kiosk/../secret.txt')).status).toBe(404);
    expect((await get('app://kiosk/missing.js')).status).toBe(404);
    expect((await get('app://kiosk/assets')).status).toBe(404);
  });

  it('does not follow a symlink out of the renderer directory', async () => {
    const response = await get('app://kiosk/assets/link.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('accepts only GET and HEAD', async () => {
    expect((await get('app://kiosk/index.html', 'POST')).status).toBe(405);
    const head = await get('app://kiosk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('knows the usual MIME types', () => {
    expect(mimeTypeFor('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.PNG')).toBe('image/png');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
