export interface KioskStatus {
  /** A bundled fictional roster and the on-screen demo phone are in use. */
  demoMode: boolean;
  /**
   * The demo roster with the school's real SMS gateway: no SMS is sent at all (the fictional
   * families' numbers may be real people's) until the school's roster is imported.
   */
  realGatewayOnDemoRoster: boolean;
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
