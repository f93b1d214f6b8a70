import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadKioskConfig } from '../../../main/config/kiosk-config';

const freshDir = () => mkdtempSync(join(tmpdir(), 'kiosk-config-'));

describe('kiosk settings', () => {
  it('defaults to the walkthrough: 30-minute codes, 90 s idle, demo SMS', () => {
    const { settings } = loadKioskConfig(freshDir(), {});
    expect(settings.codeTtlSeconds).toBe(1800);
    expect(settings.idleSeconds).toBe(90);
    expect(settings.idleWarningSeconds).toBe(20);
    expect(settings.smsProvider).toBe('demo');
    expect(settings.smsPerKioskPerHour).toBeGreaterThanOrEqual(60);
  });

  it('reads kiosk-config.json, and the environment wins over it', () => {
    const dir = freshDir();
    writeFileSync(
      join(dir, 'kiosk-config.json'),
      JSON.stringify({ kioskName: 'Accueil B', idleSeconds: 120 }),
    );
    const { settings } = loadKioskConfig(dir, { KIOSK_IDLE_SECONDS: '60' });
    expect(settings.kioskName).toBe('Accueil B');
    expect(settings.idleSeconds).toBe(60);
  });

  it('names the environment variable of a bad value', () => {
    expect(() => loadKioskConfig(freshDir(), { KIOSK_CODE_TTL_SECONDS: 'soon' })).toThrow(
      /KIOSK_CODE_TTL_SECONDS/,
    );
  });

  it('refuses secrets in the config file (S-DATA-1)', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'kiosk-config.json'), JSON.stringify({ smsPassword: 'x' }));
    expect(() => loadKioskConfig(dir, {})).toThrow(ConfigError);
  });

  it('refuses unknown settings rather than ignoring a typo', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'kiosk-config.json'), JSON.stringify({ idleSecond: 10 }));
    expect(() => loadKioskConfig(dir, {})).toThrow(/idleSecond/);
  });

  it('refuses a gateway address that is not http(s)', () => {
    expect(() =>
      loadKioskConfig(freshDir(), {
        KIOSK_SMS_PROVIDER: 'android-gateway',
        KIOSK_SMS_URL: 'htp://192.168.1.50:8080',
        KIOSK_SMS_PASSWORD: 'pw',
      }),
    ).toThrow(/KIOSK_SMS_URL.*http/);
  });

  it('needs a URL for the Android gateway, and takes its password from the environment', () => {
    expect(() => loadKioskConfig(freshDir(), { KIOSK_SMS_PROVIDER: 'android-gateway' })).toThrow(
      /KIOSK_SMS_URL/,
    );
    const config = loadKioskConfig(freshDir(), {
      KIOSK_SMS_PROVIDER: 'android-gateway',
      KIOSK_SMS_URL: 'http://192.168.1.50:8080',
      KIOSK_SMS_PASSWORD: 'secret',
    });
    expect(config.secrets.smsPassword).toBe('secret');
  });
});
