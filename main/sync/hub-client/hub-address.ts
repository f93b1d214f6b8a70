// S-SYNC-3: where a kiosk may send its accounts. https:// anywhere (the certificate is checked),
// http:// only to this machine (a hub on loopback, or behind a local TLS proxy), never with a
// user or password in the address (it would be logged), never anything else.
import { isIP } from 'node:net';

export type HubAddress =
  { ok: true; baseUrl: string } | { ok: false; problem: 'invalid' | 'not-https'; message: string };

const isLoopback = (hostname: string): boolean => {
  const host = hostname.replace(/^\[|\]$/gu, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  // ::1, however written (the URL parser already compresses it).
  return isIP(host) === 6 && host === '::1';
};

export function checkHubAddress(typed: string): HubAddress {
  let url: URL;
  try {
    url = new URL(typed.trim());
  } catch {
    return { ok: false, problem: 'invalid', message: `"${typed}" is not a web address` };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      problem: 'invalid',
      message: 'a hub address must not hold a user or password',
    };
  }
  if (url.search || url.hash) {
    return { ok: false, problem: 'invalid', message: 'a hub address has no query or fragment' };
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return {
      ok: false,
      problem: 'not-https',
      message: `refusing http:// to ${url.hostname}: only https:// leaves this machine (S-SYNC-3)`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      problem: 'invalid',
      message: `a hub address is https://, not ${url.protocol}`,
    };
  }
  return { ok: true, baseUrl: `${url.origin}${url.pathname.replace(/\/+$/u, '')}` };
}
