import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadKioskConfig } from '../../../main/config/kiosk-config';
import { weakenedLimitWarnings } from '../../../main/policy/weakened-limits';

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

  it('S-RATE-2 per-number SMS limits may be lowered, never raised', () => {
    expect(
      loadKioskConfig(freshDir(), { KIOSK_SMS_PER_PHONE_PER_HOUR: '1' }).settings,
    ).toMatchObject({ smsPerPhonePerHour: 1 });
    expect(() => loadKioskConfig(freshDir(), { KIOSK_SMS_PER_PHONE_PER_HOUR: '4' })).toThrow(
      /KIOSK_SMS_PER_PHONE_PER_HOUR.*at most 3/,
    );
    expect(() => loadKioskConfig(freshDir(), { KIOSK_SMS_PER_PHONE_PER_DAY: '6' })).toThrow(
      /KIOSK_SMS_PER_PHONE_PER_DAY.*at most 5/,
    );
  });

  it('refuses a gateway address holding credentials: it is printed and logged', () => {
    expect(() =>
      loadKioskConfig(freshDir(), {
        KIOSK_SMS_PROVIDER: 'android-gateway',
        KIOSK_SMS_URL: 'http://sms:secret@192.168.1.50:8080',
      }),
    ).toThrow(/KIOSK_SMS_URL.*must not contain a user or password/);
  });

  it('warns at start about each setting that weakens a protection, and only those', () => {
    expect(weakenedLimitWarnings(loadKioskConfig(freshDir(), {}).settings)).toEqual([]);
    const { settings } = loadKioskConfig(freshDir(), {
      KIOSK_RESEND_COOLDOWN_SECONDS: '5',
      KIOSK_IDENTITY_RESPONSE_FLOOR_MS: '0',
      KIOSK_CODE_TTL_SECONDS: '600',
    });
    const warnings = weakenedLimitWarnings(settings);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/KIOSK_RESEND_COOLDOWN_SECONDS\) = 5: .*S-RATE-2/);
    expect(warnings[1]).toMatch(/KIOSK_IDENTITY_RESPONSE_FLOOR_MS\) = 0: .*S-ENUM-1/);
  });
});
