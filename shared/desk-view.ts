// What the console's front-desk sections (record a mobile, issue an identifier, settings) show.
import type { RealSmsProvider, SmsProvider } from './sms-providers';

/** A desk mobile correction: numbers masked (S-KIOSK-3). */
export interface MobileCorrectionView {
  guardianId: number;
  guardianName: string;
  schoolUai: string;
  maskedMobile: string;
  maskedExportMobile: string | null;
  recordedByName: string;
  recordedAt: string;
  /** active: in force; confirmed: the export now has it; superseded: the export has another. */
  status: 'active' | 'confirmed' | 'superseded';
  reviewedAt: string | null;
  maskedSupersedingMobile: string | null;
}

/** The letter's facts; temporaryPassword is shown once and kept nowhere. */
export interface IssuedIdentifier {
  identifier: string;
  temporaryPassword: string;
  guardianFirstName: string;
  guardianFamilyName: string;
  childrenFirstNames: string[];
  schoolName: string | null;
  /** Where the parent logs in (the Réglages setting); null: the letter says to ask for it. */
  loginUrl: string | null;
  issuedAt: string;
}

/** The settings the console edits (smsUrl null: none). */
export interface DeskSettings {
  kioskName: string;
  codeTtlSeconds: number;
  idleSeconds: number;
  /** The parents' login address printed on the identifier letter (https); null: not set. */
  loginUrl: string | null;
  smsProvider: SmsProvider;
  smsUrl: string | null;
  /** The cloud gateways' non-secret settings (../shared/docs/sms-gateways.md); null: none. */
  smsSender: string | null;
  smsFallbackProvider: RealSmsProvider | null;
  twilioAccountSid: string | null;
  twilioMessagingServiceSid: string | null;
  twilioBaseUrl: string | null;
  ovhServiceName: string | null;
  ovhApplicationKey: string | null;
  ovhBaseUrl: string | null;
  smsmodeBaseUrl: string | null;
  brevoBaseUrl: string | null;
}

export interface DeskSettingsView {
  /** In kiosk-config.json: what the next start uses (unless the environment overrides it). */
  saved: DeskSettings;
  /** What this running kiosk started with. */
  running: DeskSettings;
  /** Keys a KIOSK_* environment variable sets, which win over the file. */
  overriddenByEnvironment: string[];
}
