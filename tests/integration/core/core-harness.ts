// A real core over an in-memory migrated database, with a controllable clock and a fake of the
// outside SMS provider that records what a parent's phone would receive.
import type { SaveLetterPdf } from '../../../main/desk/save-letter-pdf';
import { expect } from 'vitest';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc-contract';
import type { DemoSms } from '../../../shared/kiosk-status';
import type { Result } from '../../../shared/result';
import { settingsSchema, type KioskSettings } from '../../../main/config/kiosk-config';
import { createKioskCore, type KioskCore } from '../../../main/core/create-kiosk-core';
import type { ImportUploads } from '../../../main/staff/import-uploads';
import type { SyncService } from '../../../main/sync/sync-service';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import {
  SmsGatewayError,
  type SmsGateway,
  type SmsMessage,
  type SmsSendReceipt,
} from '../../../main/sms/sms-gateway';
import { createRosterBuilder, type RosterBuilder } from '../../fixtures/roster-builder';

export const PATRICK_MOBILE = '+33612345678';

export class ControllableClock {
  private current = new Date('2025-10-06T08:00:00.000Z');
  now = (): Date => new Date(this.current);
  advanceSeconds(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}

/** Records what would reach the phone; can be told to fail the next sends. */
export class RecordingSmsGateway implements SmsGateway {
  readonly sent: SmsMessage[] = [];
  private failures: SmsGatewayError[] = [];
  constructor(readonly provider = 'android-gateway') {}
  /** `uncertain`: the provider may have taken it (a timeout, a 5xx, a lost answer). */
  failNext(kind: SmsGatewayError['kind'] = 'Transient', uncertain = false): void {
    this.failures.push(
      new SmsGatewayError(kind, `fake ${kind} failure`, true, undefined, uncertain),
    );
  }
  async send(message: SmsMessage): Promise<SmsSendReceipt> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push(message);
    return { providerMessageId: `provider-${this.sent.length}`, status: 'Pending' };
  }
  /** The code in the last SMS, as the parent would read it. */
  lastCode(): string {
    const text = this.sent.at(-1)?.text ?? '';
    const code = /est (\d{6})\./u.exec(text)?.[1];
    if (!code) throw new Error(`No code in the last SMS: ${text}`);
    return code;
  }
}

/**
 * Codes the harness draws, in order: distinct and known, so a test never depends on two random
 * codes differing. randomInt(0, 10^6) gives these one after the other.
 */
export const HARNESS_CODES = ['482913', '730516', '164208', '905371', '318640', '657092'] as const;

function sequentialRandomInt(): (min: number, max: number) => number {
  let next = 0;
  return (min, max) => {
    const code = Number(HARNESS_CODES[next % HARNESS_CODES.length]);
    next += 1;
    if (code < min || code >= max) throw new Error(`Harness randomInt(${min}, ${max})`);
    return code;
  };
}

export interface Harness {
  db: KioskDatabase;
  core: KioskCore;
  clock: ControllableClock;
  sms: RecordingSmsGateway;
  roster: RosterBuilder;
  settings: KioskSettings;
  sleeps: number[];
  call<C extends Channel>(
    channel: C,
    request: RequestOf<C>,
    sessionId?: string,
  ): Promise<Result<ResponseOf<C>>>;
  /** Calls and asserts success, returning the value. */
  okCall<C extends Channel>(
    channel: C,
    request: RequestOf<C>,
    sessionId?: string,
  ): Promise<ResponseOf<C>>;
  /** The kiosk stops and starts again on the same database, with this password pepper. */
  restart(passwordPepper: Buffer): void;
  close(): void;
}

export function createHarness(
  options: {
    settings?: Partial<KioskSettings>;
    provider?: string;
    demoPhone?: { inbox(afterId?: number): DemoSms[] };
    /** Another gateway than the recording one (e.g. the fake Android phone). */
    smsGateway?: SmsGateway;
    randomInt?: (min: number, max: number) => number;
    settingsFile?: { dataDir: string; env: NodeJS.ProcessEnv };
    /** The Electron host's letter PDF (absent: the browser host's core, which has none). */
    saveLetterPdf?: SaveLetterPdf;
    /** Where the console's Import section stages uploads (a test dir, a lower size cap). */
    importUploads?: ImportUploads;
    /** The password pepper the kiosk runs on (default: a fixed test pepper). */
    passwordPepper?: Buffer;
    /** This kiosk's sync with a hub (the console's Réglages → Hub), over the harness's database. */
    sync?: (db: KioskDatabase, clock: ControllableClock) => SyncService;
  } = {},
): Harness {
  const db = openDatabase(':memory:');
  const settings = settingsSchema.parse({ identityResponseFloorMs: 50, ...options.settings });
  const clock = new ControllableClock();
  const sms = new RecordingSmsGateway(options.provider);
  const sleeps: number[] = [];
  const sync = options.sync?.(db, clock);
  const startCore = (passwordPepper: Buffer) =>
    createKioskCore({
      db,
      settings,
      clock,
      smsGateway: options.smsGateway ?? sms,
      ...(options.demoPhone ? { demoPhone: options.demoPhone } : {}),
      randomInt: options.randomInt ?? sequentialRandomInt(),
      codeHmacKey: Buffer.from('test code hmac key'),
      passwordPepper,
      passwordHashing: { N: 2 ** 10, r: 8, p: 1 },
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      ...(options.settingsFile ? { settingsFile: options.settingsFile } : {}),
      ...(options.saveLetterPdf ? { saveLetterPdf: options.saveLetterPdf } : {}),
      ...(options.importUploads ? { importUploads: options.importUploads } : {}),
      ...(sync ? { sync } : {}),
    });
  let core = startCore(options.passwordPepper ?? Buffer.from('test pepper'));
  const call = <C extends Channel>(channel: C, request: RequestOf<C>, sessionId = 'session-1') =>
    core.handlers[channel]({ sessionId }, request) as Promise<Result<ResponseOf<C>>>;
  return {
    db,
    get core() {
      return core;
    },
    clock,
    sms,
    roster: createRosterBuilder(db),
    settings,
    sleeps,
    call,
    async okCall(channel, request, sessionId) {
      const result = await call(channel, request, sessionId);
      if (!result.ok) expect.fail(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    restart(passwordPepper) {
      core.close();
      core = startCore(passwordPepper);
    },
    close() {
      core.close();
      db.close();
    },
  };
}

export interface Family {
  patrick: number;
  lea: number;
  hugo: number;
}

/** Patrick DUPONT, legal guardian of Léa (6A) and Hugo (CM2), mobile 06 12 34 56 78. */
export function seedDupontFamily(h: Harness): Family {
  h.roster.rosterSource('siecle');
  h.roster.school();
  const lea = h.roster.student({ firstName: 'Léa', birthDate: '2014-03-07', className: '6A' });
  const hugo = h.roster.student({ firstName: 'Hugo', birthDate: '2012-11-20', className: '4B' });
  const patrick = h.roster.guardian({
    familyName: 'DUPONT',
    firstName: 'Patrick',
    mobileE164: PATRICK_MOBILE,
  });
  h.roster.link(patrick, lea);
  h.roster.link(patrick, hugo);
  return { patrick, lea, hugo };
}

export const PATRICK_IDENTITY = {
  lastName: 'Dupont',
  firstName: 'Patrick',
  mobile: '06 12 34 56 78',
};

type View<S extends string> = Extract<ResponseOf<'activation.start'>, { step: S }>;

export function expectStep<S extends ResponseOf<'activation.start'>['step']>(
  view: ResponseOf<'activation.start'>,
  step: S,
): View<S> {
  expect(view.step).toBe(step);
  return view as View<S>;
}

/** Start → identity → confirm-send → code (one SMS sent). */
export async function reachCodeStep(
  h: Harness,
  identity = PATRICK_IDENTITY,
  sessionId = 'session-1',
): Promise<string> {
  const start = await h.okCall('activation.start', {}, sessionId);
  await h.okCall('activation.submitIdentity', { flowId: start.flowId, ...identity }, sessionId);
  expectStep(await h.okCall('activation.confirmSend', { flowId: start.flowId }, sessionId), 'code');
  return start.flowId;
}

/** … → code accepted → children. */
export async function reachChildrenStep(h: Harness, sessionId = 'session-1') {
  const flowId = await reachCodeStep(h, PATRICK_IDENTITY, sessionId);
  const view = await h.okCall(
    'activation.submitCode',
    { flowId, code: h.sms.lastCode() },
    sessionId,
  );
  return { flowId, children: expectStep(view, 'children').children };
}

/** The child of this first name in a children view. */
export function childNamed(children: View<'children'>['children'], firstName: string) {
  const child = children.find((c) => c.firstName === firstName);
  if (!child) throw new Error(`No child ${firstName}`);
  return child;
}

/** A whole activation for a guardian whose children's birth dates are given by first name. */
export async function activateFully(
  h: Harness,
  identity: typeof PATRICK_IDENTITY,
  birthDates: Record<string, string>,
  password: string,
  sessionId = 'session-1',
): Promise<string> {
  const flowId = await reachIdentifierStep(h, identity, birthDates, sessionId);
  await h.okCall('activation.acknowledgeIdentifier', { flowId }, sessionId);
  const done = await h.okCall(
    'activation.setPassword',
    { flowId, password, confirmation: password },
    sessionId,
  );
  return expectStep(done, 'done').identifier;
}

/** … → every child confirmed → identifier reserved; returns the flow id. */
export async function reachIdentifierStep(
  h: Harness,
  identity: typeof PATRICK_IDENTITY,
  birthDates: Record<string, string>,
  sessionId = 'session-1',
): Promise<string> {
  const flowId = await reachCodeStep(h, identity, sessionId);
  const view = expectStep(
    await h.okCall('activation.submitCode', { flowId, code: h.sms.lastCode() }, sessionId),
    'children',
  );
  for (const child of view.children) {
    await h.okCall(
      'activation.answerChild',
      {
        flowId,
        childKey: child.childKey,
        isLegalGuardian: true,
        birthDate: birthDates[child.firstName] ?? '',
      },
      sessionId,
    );
  }
  expectStep(
    await h.okCall('activation.continueToIdentifier', { flowId }, sessionId),
    'identifier',
  );
  return flowId;
}

export const DUPONT_BIRTH_DATES = { Léa: '07/03/2014', Hugo: '20/11/2012' };
