import { renameSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DeskSettings, DeskSettingsView } from '../../shared/desk-view';
import {
  CONFIG_FILE_NAME,
  ENV_NAMES,
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
  'smsProvider',
  'smsUrl',
] as const satisfies readonly (keyof KioskSettings)[];

export type SaveSettingsOutcome =
  { ok: true; view: DeskSettingsView } | { ok: false; code: 'SETTINGS_INVALID'; field: string };

const pick = (settings: Partial<KioskSettings>): DeskSettings => ({
  kioskName: settings.kioskName ?? '',
  codeTtlSeconds: settings.codeTtlSeconds ?? 0,
  idleSeconds: settings.idleSeconds ?? 0,
  smsProvider: settings.smsProvider ?? 'demo',
  smsUrl: settings.smsUrl ?? null,
});

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
    save(staff: StaffIdentity, next: DeskSettings): SaveSettingsOutcome {
      const current = readConfigFile(options.dataDir);
      const merged: Record<string, unknown> = { ...current };
      for (const key of DESK_SETTING_KEYS) {
        const value = next[key];
        if (value === null) delete merged[key];
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
      if (parsed.data.smsProvider === 'android-gateway' && !parsed.data.smsUrl) {
        return { ok: false, code: 'SETTINGS_INVALID', field: 'smsUrl' };
      }
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
