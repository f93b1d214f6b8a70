// Every setting of the kiosk, with its default. Sources, later wins: defaults, then
// `kiosk-config.json` in the data directory, then KIOSK_* environment variables.
// Secrets (SMS password, password pepper) come from the environment only and are refused in
// the file (security.md S-DATA-1; a later version moves them to the OS keychain).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const positiveInt = z.coerce.number().int().min(1);

export const settingsSchema = z
  .object({
    kioskName: z.string().min(1).max(80).default("Kiosque de l'accueil"),
    // S-OTP-6: the service the SMS names ("EduConnect : votre code d'activation est …").
    serviceName: z.string().trim().min(1).max(40).default('EduConnect'),
    smsProvider: z.enum(['demo', 'android-gateway']).default('demo'),
    smsUrl: z
      .string()
      .url()
      .refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://')
      // The address is printed at start and may appear in error logs: no credentials in it.
      .refine(
        (value) => !/^https?:\/\/[^/?#]*@/i.test(value),
        'must not contain a user or password (set KIOSK_SMS_USERNAME and KIOSK_SMS_PASSWORD)',
      )
      .optional(),
    smsUsername: z.string().min(1).default('sms'),
    smsTimeoutSeconds: positiveInt.default(10),
    codeTtlSeconds: positiveInt.default(1800),
    flowTtlSeconds: positiveInt.default(3600),
    idleSeconds: positiveInt.default(90),
    idleWarningSeconds: positiveInt.default(20),
    port: z.coerce.number().int().min(0).max(65535).default(4873),
    // S-RATE-2 sets these as maxima: a school may lower them, never raise them.
    smsPerPhonePerHour: positiveInt.max(3, 'at most 3 (security limit S-RATE-2)').default(3),
    smsPerPhonePerDay: positiveInt.max(5, 'at most 5 (security limit S-RATE-2)').default(5),
    smsPerKioskPerHour: positiveInt.default(60),
    resendCooldownSeconds: positiveInt.default(60),
    identityFailuresBeforeCooldown: positiveInt.default(5),
    identityCooldownSeconds: positiveInt.default(30),
    // S-RATE-3 backstop: failed identity checks on the whole kiosk in a sliding 15 minutes.
    identityFailuresPerKioskWindow: positiveInt.default(20),
    loginFailuresBeforeDelay: positiveInt.default(5),
    loginDelaySeconds: positiveInt.default(30),
    identityResponseFloorMs: z.coerce.number().int().min(0).default(1200),
    // S-DATA-2: days a student or guardian absent from the imports is kept (account disabled)
    // before being deleted; long enough to re-import after a wrong or partial export.
    rosterPurgeGraceDays: positiveInt.max(365).default(30),
  })
  .strict();

export type KioskSettings = z.infer<typeof settingsSchema>;

export interface KioskSecrets {
  smsPassword: string | undefined;
  passwordPepper: string | undefined;
}

export interface KioskConfig {
  dataDir: string;
  settings: KioskSettings;
  secrets: KioskSecrets;
}

/** Environment variable for each setting: kioskName → KIOSK_NAME, codeTtlSeconds → KIOSK_CODE_TTL_SECONDS. */
export const ENV_NAMES: Record<keyof KioskSettings, string> = {
  kioskName: 'KIOSK_NAME',
  serviceName: 'KIOSK_SERVICE_NAME',
  smsProvider: 'KIOSK_SMS_PROVIDER',
  smsUrl: 'KIOSK_SMS_URL',
  smsUsername: 'KIOSK_SMS_USERNAME',
  smsTimeoutSeconds: 'KIOSK_SMS_TIMEOUT_SECONDS',
  codeTtlSeconds: 'KIOSK_CODE_TTL_SECONDS',
  flowTtlSeconds: 'KIOSK_FLOW_TTL_SECONDS',
  idleSeconds: 'KIOSK_IDLE_SECONDS',
  idleWarningSeconds: 'KIOSK_IDLE_WARNING_SECONDS',
  port: 'KIOSK_PORT',
  smsPerPhonePerHour: 'KIOSK_SMS_PER_PHONE_PER_HOUR',
  smsPerPhonePerDay: 'KIOSK_SMS_PER_PHONE_PER_DAY',
  smsPerKioskPerHour: 'KIOSK_SMS_PER_KIOSK_PER_HOUR',
  resendCooldownSeconds: 'KIOSK_RESEND_COOLDOWN_SECONDS',
  identityFailuresBeforeCooldown: 'KIOSK_IDENTITY_FAILURES_BEFORE_COOLDOWN',
  identityCooldownSeconds: 'KIOSK_IDENTITY_COOLDOWN_SECONDS',
  identityFailuresPerKioskWindow: 'KIOSK_IDENTITY_FAILURES_PER_KIOSK_WINDOW',
  loginFailuresBeforeDelay: 'KIOSK_LOGIN_FAILURES_BEFORE_DELAY',
  loginDelaySeconds: 'KIOSK_LOGIN_DELAY_SECONDS',
  identityResponseFloorMs: 'KIOSK_IDENTITY_RESPONSE_FLOOR_MS',
  rosterPurgeGraceDays: 'KIOSK_ROSTER_PURGE_GRACE_DAYS',
};

export const CONFIG_FILE_NAME = 'kiosk-config.json';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function readConfigFile(dataDir: string): Record<string, unknown> {
  const file = join(dataDir, CONFIG_FILE_NAME);
  if (!existsSync(file)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(`${file} must hold a JSON object`);
  }
  for (const secret of ['smsPassword', 'passwordPepper']) {
    if (secret in parsed) {
      throw new ConfigError(
        `${file} must not contain "${secret}": secrets are read from the environment only`,
      );
    }
  }
  return parsed as Record<string, unknown>;
}

export function loadKioskConfig(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): KioskConfig {
  const merged: Record<string, unknown> = { ...readConfigFile(dataDir) };
  for (const [key, envName] of Object.entries(ENV_NAMES)) {
    const value = env[envName];
    if (value !== undefined && value !== '') merged[key] = value;
  }
  const result = settingsSchema.safeParse(merged);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => {
        const key = String(issue.path[0] ?? '');
        const envName = ENV_NAMES[key as keyof KioskSettings];
        return `${key}${envName ? ` (${envName})` : ''}: ${issue.message}`;
      })
      .join('; ');
    throw new ConfigError(`Invalid kiosk settings: ${problems}`);
  }
  const settings = result.data;
  if (settings.smsProvider === 'android-gateway' && !settings.smsUrl) {
    throw new ConfigError('KIOSK_SMS_URL is required when KIOSK_SMS_PROVIDER=android-gateway');
  }
  return {
    dataDir,
    settings,
    secrets: {
      smsPassword: env.KIOSK_SMS_PASSWORD || undefined,
      passwordPepper: env.KIOSK_PASSWORD_PEPPER || undefined,
    },
  };
}
