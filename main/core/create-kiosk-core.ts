import type { Channel } from '../../shared/ipc-contract';
import type { DemoSms } from '../../shared/kiosk-status';
import { ok } from '../../shared/result';
import {
  createPasswordHasher,
  DEFAULT_SCRYPT_PARAMETERS,
  type ScryptParameters,
} from '../accounts/password-hasher';
import type { KioskSettings } from '../config/kiosk-config';
import type { KioskDatabase } from '../database/open-database';
import type { SaveLetterPdf } from '../desk/save-letter-pdf';
import { createCallPipeline, handlersOf } from '../ipc/call-pipeline';
import type { IpcHandlers, KioskCall } from '../ipc/ipc-handlers';
import { createJournal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import { createRosterSourceReader } from '../roster/roster-source';
import type { SecretSettings } from '../secrets/secret-settings';
import type { SessionHolding } from '../sessions/session-holding';
import type { AccountSessionEnder } from '../sync/apply/sync-apply-context';
import type { SmsGateway } from '../sms/sms-gateway';
import type { ImportUploads } from '../staff/import-uploads';
import type { SyncService } from '../sync/sync-service';
import { createAccountIssuing } from './account-issuing';
import { createParentArea } from './create-parent-area';
import { createStaffArea } from './create-staff-area';
import { createKioskStatusReader } from './kiosk-status-reader';
import { startExpirySweeper } from './start-expiry-sweeper';
import { createTicketHandlers, type SilentTicketPrint } from '../printing/ticket-handlers';

export interface KioskCoreOptions {
  db: KioskDatabase;
  settings: KioskSettings;
  clock: Clock;
  smsGateway: SmsGateway;
  /** The on-screen demo phone's inbox (demo mode only). */
  demoPhone?: { inbox(afterId?: number): DemoSms[] };
  /** S-OTP-4: key of the code HMAC, kept outside the database. */
  codeHmacKey: Buffer;
  /** S-PWD-3: pepper of password hashes, kept outside the database. */
  passwordPepper: Buffer;
  /** Defaults to crypto.randomInt (S-OTP-1). */
  randomInt?: (min: number, max: number) => number;
  /** Defaults to N = 2^17, r = 8, p = 1 (S-PWD-3); tests may pass a smaller N. */
  passwordHashing?: ScryptParameters;
  /** Defaults to setTimeout; the identity response floor (S-ENUM-1) waits through it. */
  sleep?: (ms: number) => Promise<void>;
  /** Electron only: saves the desk's letter as a PDF (printToPDF and a save dialog). */
  saveLetterPdf?: SaveLetterPdf;
  /** Electron only: prints the identifier ticket silently to the `ticketPrinter` setting. */
  silentTicketPrint?: SilentTicketPrint;
  /** Where the console's Settings section reads and writes kiosk-config.json. */
  settingsFile?: { dataDir: string; env: NodeJS.ProcessEnv };
  /**
   * The SMS gateway secrets in the OS keychain, for the console's Settings (write-only,
   * S-DATA-1). Absent: the section says there is no keychain and stores nothing.
   */
  secretSettings?: SecretSettings;
  /** Where the console's Import section stages uploaded exports; tests may lower the size cap. */
  importUploads?: ImportUploads;
  /**
   * This kiosk's sync with a hub, for the console's Réglages → Hub (enrolled or not). Absent:
   * the console says this host has no sync. The host starts and stops it, not the core.
   */
  sync?: SyncService;
}

export interface KioskCore {
  /** The call pipeline (main/ipc/call-pipeline.ts) both transports hand their calls to. */
  call: KioskCall;
  /** The same pipeline, one typed function per channel, for in-process callers. */
  handlers: IpcHandlers;
  /** What a kiosk session holds: a host never evicts a staff login, a parent's visit last. */
  sessionHolding(sessionId: string): SessionHolding;
  /**
   * Ends an account's parent logins: a password changed or an account retired at another kiosk
   * (applyPulledChanges' `sessions`) ends them here too, as a local password change does.
   */
  accountSessions: AccountSessionEnder;
  close(): void;
}

/** Channels a renderer calls on a timer, not because someone touched the screen. */
const BACKGROUND_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['demo.inbox']);

/**
 * The Electron-free domain core, wiring only: the parents' area, the staff area and the expiry
 * sweeper over one database, their handlers behind one call pipeline. Each area ends its own
 * sessions; a kiosk session's reset asks both.
 */
export function createKioskCore(options: KioskCoreOptions): KioskCore {
  const { db, settings, clock } = options;
  const journal = createJournal(db);
  const passwordHashing = options.passwordHashing ?? DEFAULT_SCRYPT_PARAMETERS;
  const passwordHasher = createPasswordHasher(options.passwordPepper, passwordHashing);
  const issuing = createAccountIssuing(db, journal);
  const { isDemoMode } = createRosterSourceReader(db);
  const readKioskStatus = createKioskStatusReader(db, settings, options.smsGateway.provider);

  const parents = createParentArea({
    db,
    settings,
    clock,
    journal,
    smsGateway: options.smsGateway,
    codeHmacKey: options.codeHmacKey,
    passwordHasher,
    issuing,
    isDemoMode,
    ...(options.demoPhone ? { demoPhone: options.demoPhone } : {}),
    ...(options.randomInt ? { randomInt: options.randomInt } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  const staff = createStaffArea({
    db,
    settings,
    clock,
    journal,
    smsGateway: options.smsGateway,
    passwordPepper: options.passwordPepper,
    passwordHashing,
    passwordHasher,
    issuing,
    ...(options.saveLetterPdf ? { saveLetterPdf: options.saveLetterPdf } : {}),
    ...(options.settingsFile ? { settingsFile: options.settingsFile } : {}),
    ...(options.secretSettings ? { secretSettings: options.secretSettings } : {}),
    ...(options.importUploads ? { importUploads: options.importUploads } : {}),
  });

  const handlers: IpcHandlers = {
    ...staff.handlers,
    ...parents.handlers,
    'kiosk.status': async () => ok(readKioskStatus(isDemoMode())),
    ...createTicketHandlers({
      settings,
      ...(options.silentTicketPrint ? { silentPrint: options.silentTicketPrint } : {}),
    }),
    'session.reset': async (call) => {
      parents.endSession(call.sessionId);
      staff.endSession(call.sessionId);
      return ok({ reset: true as const });
    },
  };
  const call = createCallPipeline({
    handlers,
    noteActivity: (context) => {
      parents.noteActivity(context);
      staff.noteActivity(context);
    },
    backgroundChannels: BACKGROUND_CHANNELS,
  });
  const sweeper = startExpirySweeper(parents.activation, settings);

  return {
    call,
    handlers: handlersOf(call),
    accountSessions: parents.accountSessions,
    sessionHolding: (sessionId) => {
      if (staff.holdsLogin(sessionId)) return 'staff-login';
      return parents.holdsVisit(sessionId) ? 'parent-visit' : 'nothing';
    },
    close() {
      sweeper.stop();
      parents.close();
      staff.close();
    },
  };
}
