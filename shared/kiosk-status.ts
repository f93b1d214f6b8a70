export interface KioskStatus {
  /** A bundled fictional roster and the on-screen demo phone are in use. */
  demoMode: boolean;
  kioskName: string;
  /** Names of the schools whose roster is loaded, for the welcome screen. */
  schoolNames: string[];
  idleSeconds: number;
  idleWarningSeconds: number;
  codeValidityMinutes: number;
  resendCooldownSeconds: number;
}

export interface DemoSms {
  id: number;
  /** Masked recipient, as on every screen (S-KIOSK-3). */
  to: string;
  text: string;
  sentAt: string;
}
