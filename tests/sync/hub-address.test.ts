// S-SYNC-3: which hub addresses a kiosk sends its accounts to.
import { describe, expect, it } from 'vitest';
import { checkHubAddress } from '../../main/sync/hub-client/hub-address';

describe('S-SYNC-3 the hub address', () => {
  it.each([
    ['https://hub.example.org', 'https://hub.example.org'],
    ['https://hub.example.org:8443/sync/', 'https://hub.example.org:8443/sync'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://127.8.9.10', 'http://127.8.9.10'],
    ['http://localhost:8080/', 'http://localhost:8080'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
  ])('accepts %s', (typed, baseUrl) => {
    expect(checkHubAddress(typed)).toEqual({ ok: true, baseUrl });
  });

  it.each([
    ['http://hub.example.org', 'not-https'],
    ['http://192.168.1.20:8080', 'not-https'],
    ['http://10.0.0.1', 'not-https'],
    ['http://[::2]', 'not-https'],
    ['http://localhost.example.org', 'not-https'],
    ['http://hub.localhost', 'not-https'],
    ['https://user:secret@hub.example.org', 'invalid'],
    ['https://hub.example.org/?kiosk=1', 'invalid'],
    ['ftp://hub.example.org', 'invalid'],
    ['hub.example.org', 'invalid'],
  ])('refuses %s (%s)', (typed, problem) => {
    expect(checkHubAddress(typed)).toMatchObject({ ok: false, problem });
  });
});
