// Every setting of the kiosk, with its default. Sources, later wins: defaults, then
// `kiosk-config.json` in the data directory, then KIOSK_* environment variables.
// Secrets are refused in the file (security.md S-DATA-1): they live in the OS keychain, and
// the KIOSK_* variables of the secrets override it (main/secrets/load-kiosk-secrets.ts).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { REAL_SMS_PROVIDERS, SMS_PROVIDERS } from '../../shared/sms-providers';
import {
  MAX_CODE_TTL_SECONDS,
  MAX_SMS_PER_PHONE_PER_DAY,
  MAX_SMS_PER_PHONE_PER_HOUR,
  MIN_RESEND_GAP_SECONDS,
} from '../policy/security-limits';

const positiveInt = z.coerce.number().int().min(1);

/** A provider's base URL: printed at start and in error logs, so never with credentials in it. */
const baseUrl = (credentialsHint: string) =>
  z
    .string()
    .url()
    .refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://')
    .refine(
      (value) => !/^https?:\/\/[^/?#]*@/i.test(value),
      `must not contain a user or password (${credentialsHint})`,
    );

/** The gateways that send real SMS: the fallback can only be one of these. */
export { REAL_SMS_PROVIDERS, type RealSmsProvider } from '../../shared/sms-providers';

export const settingsSchema = z
  .object({
    kioskName: z.string().min(1).max(80).default("Kiosque de l'accueil"),
    // S-OTP-6: the service the SMS names ("EduConnect : votre code d'activation est …").
    serviceName: z.string().trim().min(1).max(40).default('EduConnect'),
    smsProvider: z.enum(SMS_PROVIDERS).default('demo'),
    smsUrl: baseUrl('set KIOSK_SMS_USERNAME and KIOSK_SMS_PASSWORD').optional(),
    smsUsername: z.string().min(1).default('sms'),
    smsTimeoutSeconds: positiveInt.default(10),
    codeTtlSeconds: positiveInt.default(MAX_CODE_TTL_SECONDS),
    flowTtlSeconds: positiveInt.default(3600),
    idleSeconds: positiveInt.default(90),
    idleWarningSeconds: positiveInt.default(20),
    port: z.coerce.number().int().min(0).max(65535).default(4873),
    // S-RATE-2 sets these as maxima: a school may lower them, never raise them.
    smsPerPhonePerHour: positiveInt
      .max(
        MAX_SMS_PER_PHONE_PER_HOUR,
        `at most ${MAX_SMS_PER_PHONE_PER_HOUR} (security limit S-RATE-2)`,
      )
      .default(MAX_SMS_PER_PHONE_PER_HOUR),
    smsPerPhonePerDay: positiveInt
      .max(
        MAX_SMS_PER_PHONE_PER_DAY,
        `at most ${MAX_SMS_PER_PHONE_PER_DAY} (security limit S-RATE-2)`,
      )
      .default(MAX_SMS_PER_PHONE_PER_DAY),
    smsPerKioskPerHour: positiveInt.default(60),
    resendCooldownSeconds: positiveInt.default(MIN_RESEND_GAP_SECONDS),
    identityFailuresBeforeCooldown: positiveInt.default(5),
    identityCooldownSeconds: positiveInt.default(30),
    // S-RATE-3 backstop: failed identity checks on the whole kiosk in a sliding 15 minutes.
    identityFailuresPerKioskWindow: positiveInt.default(20),
    loginFailuresBeforeDelay: positiveInt.default(5),
    loginDelaySeconds: positiveInt.default(30),
    identityResponseFloorMs: z.coerce.number().int().min(0).default(1200),
    // Cloud SMS providers (../shared/docs/sms-gateways.md); their secrets are in KioskSecrets.
    // Sender: up to 11 letters/digits (shown instead of a number) or an international number.
    smsSender: z
      .string()
      .trim()
      .regex(
        /^(?:[A-Za-z0-9][A-Za-z0-9 ]{0,10}|\+?\d{3,15})$/,
        'up to 11 letters, digits or spaces, or a phone number of up to 15 digits',
      )
      .optional(),
    smsFallbackProvider: z.enum(REAL_SMS_PROVIDERS).optional(),
    twilioAccountSid: z
      .string()
      .regex(/^AC[0-9a-fA-F]{32}$/, 'AC followed by 32 hexadecimal characters')
      .optional(),
    twilioMessagingServiceSid: z
      .string()
      .regex(/^MG[0-9a-fA-F]{32}$/, 'MG followed by 32 hexadecimal characters')
      .optional(),
    twilioBaseUrl: baseUrl('the Auth Token is KIOSK_TWILIO_AUTH_TOKEN').default(
      'https://api.twilio.com',
    ),
    ovhServiceName: z
      .string()
      .regex(/^[a-z0-9-]{3,40}$/i, 'the SMS account name, e.g. sms-ab12345-1')
      .optional(),
    ovhApplicationKey: z
      .string()
      .regex(/^\w{8,64}$/, 'letters and digits')
      .optional(),
    ovhBaseUrl: baseUrl('set the keys in KIOSK_OVH_* variables').default(
      'https://eu.api.ovh.com/1.0',
    ),
    smsmodeBaseUrl: baseUrl('the key is KIOSK_SMSMODE_API_KEY').default(
      'https://rest.smsmode.com/sms/v1',
    ),
    brevoBaseUrl: baseUrl('the key is KIOSK_BREVO_API_KEY').default('https://api.brevo.com/v3'),
    // The address where parents log in (the school's ENT or EduConnect page), printed on the
    // identifier letter the desk hands out and on the kiosk's identifier ticket. https only: parents type it into their own browser.
    loginUrl: z
      .string()
      .trim()
      .max(300)
      .url()
      .refine(
        (value) => /^https:\/\/[^/?#\s]+\.[^/?#\s]+/i.test(value),
        'must be an https:// address',
      )
      .refine((value) => !/^https:\/\/[^/?#]*@/i.test(value), 'must not contain a user or password')
      .optional(),
    // S-DATA-2: days a student or guardian absent from the imports is kept (account disabled)
    // before being deleted; long enough to re-import after a wrong or partial export.
    rosterPurgeGraceDays: positiveInt.max(365).default(30),
    // "Imprimer mon identifiant" under Electron: the printer's name as the OS knows it (CUPS
    // queue, Windows printer name). Unset: no print button in the Electron kiosk.
    ticketPrinter: z.string().trim().min(1).max(200).optional(),
    // S-SYNC-3: a PEM file of the CA that signed the hub's certificate, trusted on top of the
    // system's (a school or group that runs its own CA). Unset: the system's CAs only.
    hubCaFile: z.string().trim().min(1).max(1000).optional(),
  })
  .strict();

export type KioskSettings = z.infer<typeof settingsSchema>;

export interface KioskSecrets {
  smsPassword: string | undefined;
  passwordPepper: string | undefined;
  codeHmacKey: string | undefined;
  twilioAuthToken: string | undefined;
  ovhApplicationSecret: string | undefined;
  ovhConsumerKey: string | undefined;
  smsmodeApiKey: string | undefined;
  brevoApiKey: string | undefined;
  /** `<kioskId>.<secret>` from the hub's enrolment (S-SYNC-1); env for the browser host and tests. */
  hubCredential: string | undefined;
}

/** Environment variable of each SMS secret (the browser host and tests read them from there). */
export const SMS_SECRET_ENV_NAMES = {
  smsPassword: 'KIOSK_SMS_PASSWORD',
  twilioAuthToken: 'KIOSK_TWILIO_AUTH_TOKEN',
  ovhApplicationSecret: 'KIOSK_OVH_APPLICATION_SECRET',
  ovhConsumerKey: 'KIOSK_OVH_CONSUMER_KEY',
  smsmodeApiKey: 'KIOSK_SMSMODE_API_KEY',
  brevoApiKey: 'KIOSK_BREVO_API_KEY',
} as const satisfies Partial<Record<keyof KioskSecrets, string>>;

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
  smsSender: 'KIOSK_SMS_SENDER',
  smsFallbackProvider: 'KIOSK_SMS_FALLBACK_PROVIDER',
  twilioAccountSid: 'KIOSK_TWILIO_ACCOUNT_SID',
  twilioMessagingServiceSid: 'KIOSK_TWILIO_MESSAGING_SERVICE_SID',
  twilioBaseUrl: 'KIOSK_TWILIO_BASE_URL',
  ovhServiceName: 'KIOSK_OVH_SERVICE_NAME',
  ovhApplicationKey: 'KIOSK_OVH_APPLICATION_KEY',
  ovhBaseUrl: 'KIOSK_OVH_BASE_URL',
  smsmodeBaseUrl: 'KIOSK_SMSMODE_BASE_URL',
  brevoBaseUrl: 'KIOSK_BREVO_BASE_URL',
  rosterPurgeGraceDays: 'KIOSK_ROSTER_PURGE_GRACE_DAYS',
  loginUrl: 'KIOSK_LOGIN_URL',
  ticketPrinter: 'KIOSK_TICKET_PRINTER',
  hubCaFile: 'KIOSK_HUB_CA_FILE',
};

export const CONFIG_FILE_NAME = 'kiosk-config.json';

const SECRET_FIELDS: readonly (keyof KioskSecrets)[] = [
  'smsPassword',
  'passwordPepper',
  'codeHmacKey',
  'twilioAuthToken',
  'ovhApplicationSecret',
  'ovhConsumerKey',
  'smsmodeApiKey',
  'brevoApiKey',
  'hubCredential',
];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfigFile(dataDir: string): Record<string, unknown> {
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
  for (const secret of SECRET_FIELDS) {
    if (secret in parsed) {
      throw new ConfigError(
        `${file} must not contain "${secret}": secrets live in the OS keychain ` +
          '(`npm run config -- sms set NAME`) or, for the browser host and tests, the environment',
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
  const missing = missingProviderSettings(settings);
  if (missing) throw new ConfigError(missing);
  return {
    dataDir,
    settings,
    secrets: {
      passwordPepper: env.KIOSK_PASSWORD_PEPPER || undefined,
      smsPassword: env.KIOSK_SMS_PASSWORD || undefined,
      codeHmacKey: env.KIOSK_CODE_HMAC_KEY || undefined,
      twilioAuthToken: env.KIOSK_TWILIO_AUTH_TOKEN || undefined,
      ovhApplicationSecret: env.KIOSK_OVH_APPLICATION_SECRET || undefined,
      ovhConsumerKey: env.KIOSK_OVH_CONSUMER_KEY || undefined,
      smsmodeApiKey: env.KIOSK_SMSMODE_API_KEY || undefined,
      brevoApiKey: env.KIOSK_BREVO_API_KEY || undefined,
      hubCredential: env.KIOSK_HUB_CREDENTIAL || undefined,
    },
  };
}

/**
 * The non-secret settings the chosen gateway (and the fallback) cannot work without, as an
 * English sentence naming the variables; undefined when all are there.
 */
export function missingProviderSettings(settings: KioskSettings): string | undefined {
  const { smsProvider, smsFallbackProvider } = settings;
  if (smsFallbackProvider !== undefined) {
    if (smsProvider === 'demo') {
      return 'KIOSK_SMS_FALLBACK_PROVIDER needs a real KIOSK_SMS_PROVIDER (not "demo")';
    }
    if (smsFallbackProvider === smsProvider) {
      return 'KIOSK_SMS_FALLBACK_PROVIDER must differ from KIOSK_SMS_PROVIDER';
    }
  }
  for (const provider of [smsProvider, smsFallbackProvider]) {
    const needed = provider === undefined ? [] : requiredSettings(provider);
    const absent = needed.filter((key) => settings[key] === undefined).map((key) => ENV_NAMES[key]);
    if (absent.length > 0) return `${absent.join(' and ')} required when using ${provider}`;
  }
  if (
    (smsProvider === 'twilio' || smsFallbackProvider === 'twilio') &&
    settings.smsSender === undefined &&
    settings.twilioMessagingServiceSid === undefined
  ) {
    return 'KIOSK_SMS_SENDER (the From number or sender id) or KIOSK_TWILIO_MESSAGING_SERVICE_SID required when using twilio';
  }
  return undefined;
}

function requiredSettings(provider: KioskSettings['smsProvider']): Array<keyof KioskSettings> {
  switch (provider) {
    case 'android-gateway':
      return ['smsUrl'];
    case 'twilio':
      return ['twilioAccountSid'];
    case 'ovh':
      return ['ovhServiceName', 'ovhApplicationKey'];
    case 'brevo':
      return ['smsSender'];
    case 'smsmode':
    case 'demo':
      return [];
  }
}
