import { renameSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DeskSettings, DeskSettingsView } from '../../shared/desk-view';
import {
  CONFIG_FILE_NAME,
  ENV_NAMES,
  missingProviderSettings,
  readConfigFile,
  settingsSchema,
  type KioskSettings,
} from '../config/kiosk-config';
import type { Journal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import { staffActor, type StaffIdentity } from './desk-staff';

/** The settings the console's Settings section edits; every other key of the file is kept. */
export const DESK_SETTING_KEYS = [
  'kioskName',
  'codeTtlSeconds',
  'idleSeconds',
  'loginUrl',
  'smsProvider',
  'smsUrl',
  'smsSender',
  'smsFallbackProvider',
  'twilioAccountSid',
  'twilioMessagingServiceSid',
  'twilioBaseUrl',
  'ovhServiceName',
  'ovhApplicationKey',
  'ovhBaseUrl',
  'smsmodeBaseUrl',
  'brevoBaseUrl',
] as const satisfies readonly (keyof KioskSettings)[];

export type SaveSettingsOutcome =
  { ok: true; view: DeskSettingsView } | { ok: false; code: 'SETTINGS_INVALID'; field: string };

const SCHEMA_DEFAULTS: Partial<KioskSettings> = settingsSchema.parse({});

const pick = (settings: Partial<KioskSettings>): DeskSettings => ({
  kioskName: settings.kioskName ?? '',
  codeTtlSeconds: settings.codeTtlSeconds ?? 0,
  idleSeconds: settings.idleSeconds ?? 0,
  loginUrl: settings.loginUrl ?? null,
  smsProvider: settings.smsProvider ?? 'demo',
  smsUrl: settings.smsUrl ?? null,
  smsSender: settings.smsSender ?? null,
  smsFallbackProvider: settings.smsFallbackProvider ?? null,
  twilioAccountSid: settings.twilioAccountSid ?? null,
  twilioMessagingServiceSid: settings.twilioMessagingServiceSid ?? null,
  twilioBaseUrl: settings.twilioBaseUrl ?? null,
  ovhServiceName: settings.ovhServiceName ?? null,
  ovhApplicationKey: settings.ovhApplicationKey ?? null,
  ovhBaseUrl: settings.ovhBaseUrl ?? null,
  smsmodeBaseUrl: settings.smsmodeBaseUrl ?? null,
  brevoBaseUrl: settings.brevoBaseUrl ?? null,
});

/**
 * The setting a missing-provider-settings sentence names first (its KIOSK_* variable), so the
 * screen can point at that field; the sentence is the one a start would refuse with.
 */
function fieldNamedIn(sentence: string): string {
  const named = DESK_SETTING_KEYS.map((key) => ({ key, at: sentence.indexOf(ENV_NAMES[key]) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  return named[0]?.key ?? 'smsProvider';
}

/**
 * The Settings section over kiosk-config.json in the data directory. Changes take effect at the
 * next start: the running core's timers, gateway and rate limits were built from the settings
 * it started with, and swapping them under a parent's open flow is not safe. A save validates
 * the whole file with the same zod schema the start uses (so a saved file always starts), writes
 * it atomically (temporary file + rename: a power cut leaves the old or the new file, never half
 * of one) and audits who changed what. Secrets never go there: the schema has no secret key and
 * the file reader refuses one.
 */
export function createDeskSettings(options: {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** What the running kiosk started with. */
  running: KioskSettings;
  journal: Journal;
  clock: Clock;
}) {
  const file = join(options.dataDir, CONFIG_FILE_NAME);
  const overridden = (): string[] =>
    DESK_SETTING_KEYS.filter((key) => {
      const value = options.env[ENV_NAMES[key]];
      return value !== undefined && value !== '';
    });

  const view = (): DeskSettingsView => {
    const fromFile = settingsSchema.parse(readConfigFile(options.dataDir));
    return {
      saved: pick(fromFile),
      running: pick(options.running),
      overriddenByEnvironment: overridden(),
    };
  };

  return {
    view,
    /**
     * The parents' login address for the identifier letter: the saved one (a letter printed right
     * after the secretary set it carries it; nothing running depends on it), unless KIOSK_LOGIN_URL
     * sets it. Null when neither does: the letter then says to ask the secretariat.
     */
    letterLoginUrl(): string | null {
      const fromEnv = settingsSchema.shape.loginUrl.safeParse(options.env[ENV_NAMES.loginUrl]);
      if (fromEnv.success && fromEnv.data) return fromEnv.data;
      return view().saved.loginUrl;
    },
    save(staff: StaffIdentity, next: DeskSettings): SaveSettingsOutcome {
      const current = readConfigFile(options.dataDir);
      const merged: Record<string, unknown> = { ...current };
      for (const key of DESK_SETTING_KEYS) {
        const value = next[key];
        // null: not set (the schema's default applies). A provider's public address shown as
        // its default and left as it is stays out of the file (and out of the audit).
        const untouchedDefault = !(key in current) && value === SCHEMA_DEFAULTS[key];
        if (value === null || untouchedDefault) delete merged[key];
        else merged[key] = value;
      }
      const parsed = settingsSchema.safeParse(merged);
      if (!parsed.success) {
        return {
          ok: false,
          code: 'SETTINGS_INVALID',
          field: String(parsed.error.issues[0]?.path[0] ?? ''),
        };
      }
      // The same rule the start applies: a saved file the kiosk would refuse to start with is
      // refused here instead (e.g. Twilio without an account SID, a fallback equal to the first).
      const missing = missingProviderSettings(parsed.data);
      if (missing) return { ok: false, code: 'SETTINGS_INVALID', field: fieldNamedIn(missing) };
      const changed = DESK_SETTING_KEYS.filter((key) => current[key] !== merged[key]);
      if (changed.length > 0) {
        const temporary = `${file}.${process.pid}.tmp`;
        try {
          writeFileSync(temporary, `${JSON.stringify(merged, null, 2)}\n`, { mode: 0o600 });
          renameSync(temporary, file);
        } catch (error) {
          rmSync(temporary, { force: true });
          throw error;
        }
        // None of these settings is a secret: the audit keeps the old and new values.
        options.journal.audit(options.clock.now(), staffActor(staff), 'settings.changed', null, {
          staffName: staff.displayName,
          changes: Object.fromEntries(
            changed.map((key) => [key, { from: current[key] ?? null, to: merged[key] ?? null }]),
          ),
        });
      }
      return { ok: true, view: view() };
    },
  };
}

export type DeskSettingsService = ReturnType<typeof createDeskSettings>;
