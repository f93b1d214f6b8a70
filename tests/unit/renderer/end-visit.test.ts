// The stores layer against a fake bridge: one endVisit() for every way out, and the
// activation store's rule for what still needs an abandon.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import type { Channel, KioskBridge, RequestOf } from '../../../shared/ipc-contract';
import type { ActivationView } from '../../../shared/activation-view';
import type { Result } from '../../../shared/result';
import { invoke, setBridgeForTests } from '../../../renderer/src/bridge/kiosk-client';
import { endVisit, logOutAndEndVisit } from '../../../renderer/src/stores/end-visit';
import { useActivationStore } from '../../../renderer/src/stores/activation';
import { useAccountStore } from '../../../renderer/src/stores/account';
import { useKioskStore } from '../../../renderer/src/stores/kiosk';
import { useUiStore } from '../../../renderer/src/stores/ui';
import { useConsoleStore } from '../../../renderer/src/stores/console';
import { keyboardTarget } from '../../../renderer/src/keyboard/keyboard-state';

type Handler = (channel: Channel, request: unknown) => Result<unknown>;

function fakeBridge(handler: Handler) {
  const calls: { channel: Channel; request: unknown }[] = [];
  const bridge: KioskBridge = {
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>) {
      calls.push({ channel, request });
      return handler(channel, request) as never;
    },
  };
  setBridgeForTests(bridge);
  return calls;
}

const FLOW = '00000000-0000-4000-8000-000000000001';
const view = (step: ActivationView['step']): ActivationView =>
  ({
    flowId: FLOW,
    expiresAt: '2030-01-01T00:00:00Z',
    step,
    identifier: 'a.b1',
    firstName: 'A',
  }) as ActivationView;

const ok = (value: unknown): Result<unknown> => ({ ok: true, value });
const fail = (code: 'INTERNAL' | 'LOGIN_FAILED'): Result<unknown> => ({
  ok: false,
  error: { code, message: 'x' },
});

beforeEach(() => setActivePinia(createPinia()));
afterEach(() => {
  setBridgeForTests(null);
  vi.restoreAllMocks();
});

describe('endVisit', () => {
  it('forgets every store, closes the keyboard and resets the session', async () => {
    const calls = fakeBridge(() => ok({ reset: true }));
    const activation = useActivationStore();
    const account = useAccountStore();
    const kiosk = useKioskStore();
    const ui = useUiStore();
    activation.view = view('code');
    Object.assign(activation.identity, { lastName: 'Haddad', firstName: 'Nadia', mobile: '06' });
    account.account = {
      identifier: 'nadia.haddad1',
      firstName: 'Nadia',
      children: [],
      mustChangePassword: false,
    };
    account.missing = ['password'];
    kiosk.demoMessages = [{ id: 3, to: '06 •• •• •• 04', text: 'code 123456', sentAt: '' }];
    kiosk.lastSmsId = 3;
    ui.screen = 'account';
    ui.abandonAsked = true;
    const generation = ui.generation;
    keyboardTarget.value = { kind: 'text' } as never;
    const staffConsole = useConsoleStore();
    staffConsole.staff = {
      staffId: 's1',
      displayName: 'Martine Durand',
      mustChangePassword: false,
    };
    staffConsole.status = { setUp: true, staff: staffConsole.staff };
    staffConsole.section = 'audit';

    expect(await endVisit()).toBe(true);

    expect(activation.view).toBeNull();
    expect({ ...activation.identity }).toEqual({ lastName: '', firstName: '', mobile: '' });
    expect(account.account).toBeNull();
    expect(account.missing).toEqual([]);
    expect(kiosk.demoMessages).toEqual([]);
    expect(kiosk.lastSmsId).toBe(3); // old SMS never come back on screen
    expect(ui.screen).toBe('login');
    expect(ui.abandonAsked).toBe(false);
    expect(ui.generation).toBe(generation + 1);
    expect(keyboardTarget.value).toBeNull();
    // S-KIOSK-1: the console forgets who was logged in and where they were.
    expect(staffConsole.staff).toBeNull();
    expect(staffConsole.status).toBeNull();
    expect(staffConsole.section).toBeNull();
    expect(calls.map((c) => c.channel)).toEqual(['session.reset']);
  });

  it('retries session.reset once, then logs in English without personal data', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let attempts = 0;
    fakeBridge(() => (++attempts === 1 ? fail('INTERNAL') : ok({ reset: true })));
    expect(await endVisit()).toBe(true);
    expect(attempts).toBe(2);
    expect(errors).toHaveBeenCalledTimes(1);

    errors.mockClear();
    attempts = 0;
    useActivationStore().identity.lastName = 'Haddad';
    fakeBridge(() => {
      attempts += 1;
      throw new Error('down');
    });
    expect(await endVisit()).toBe(false);
    expect(attempts).toBe(2);
    expect(errors).toHaveBeenCalledTimes(2);
    const logged = errors.mock.calls.flat().join(' ');
    expect(logged).toContain('session.reset failed');
    expect(logged).not.toContain('Haddad');
    // The screen was cleared even though the main process did not answer.
    expect(useActivationStore().identity.lastName).toBe('');
  });

  it('also ends a login: logout leaves nothing typed in the activation store', async () => {
    const calls = fakeBridge((channel) =>
      channel === 'account.logout' ? ok({ loggedOut: true }) : ok({ reset: true }),
    );
    const account = useAccountStore();
    const activation = useActivationStore();
    activation.identity.lastName = 'Haddad';
    account.account = {
      identifier: 'nadia.haddad1',
      firstName: 'Nadia',
      children: [],
      mustChangePassword: false,
    };
    const ui = useUiStore();
    ui.screen = 'account';
    const generation = ui.generation;
    // S-KIOSK-4: the account leaves the screen at once, together with the screen change, so the
    // start screen is drawn once (not once on logout and again when the visit ends).
    const leaving = logOutAndEndVisit();
    expect(account.account).toBeNull();
    expect(ui.screen).toBe('login');
    expect(ui.generation).toBe(generation + 1);
    expect(await leaving).toBe(true);
    expect(ui.generation).toBe(generation + 1);
    expect(activation.identity.lastName).toBe('');
    expect(calls.map((c) => c.channel).sort()).toEqual(['account.logout', 'session.reset']);
  });
});

describe('activation store', () => {
  it('sends no abandon for a closed flow (already activated, done, ended)', async () => {
    const calls = fakeBridge(() => ok({ abandoned: true }));
    const activation = useActivationStore();
    for (const step of ['already-activated', 'done', 'ended'] as const) {
      activation.view = view(step);
      await activation.abandon();
    }
    expect(calls).toEqual([]);
    activation.view = view('children');
    await activation.abandon();
    expect(calls.map((c) => c.channel)).toEqual(['activation.abandon']);
  });

  it('restarts with the identity kept, or from an empty form', async () => {
    fakeBridge((channel) => (channel === 'activation.start' ? ok(view('identity')) : ok({})));
    const activation = useActivationStore();
    activation.view = view('code');
    Object.assign(activation.identity, { lastName: 'Haddad', firstName: 'Nadia', mobile: '06' });
    await activation.restart();
    expect(activation.view?.step).toBe('identity');
    expect(activation.identity.lastName).toBe('Haddad');
    await activation.restart(false);
    expect({ ...activation.identity }).toEqual({ lastName: '', firstName: '', mobile: '' });
  });

  it('stamps errors with their arrival and counts them for the focus', async () => {
    fakeBridge(() => ({
      ok: false,
      error: { code: 'CODE_INVALID', message: 'x', details: { remainingAttempts: 2 } },
    }));
    const activation = useActivationStore();
    activation.view = view('code');
    const before = activation.errorSerial;
    expect(await activation.submitCode('000000')).toBe(false);
    expect(activation.error?.code).toBe('CODE_INVALID');
    expect(typeof activation.error?.receivedAt).toBe('number');
    expect(activation.errorSerial).toBe(before + 1);
  });
});

describe('account store (login)', () => {
  it('names empty fields without calling the main process', async () => {
    const calls = fakeBridge(() => fail('LOGIN_FAILED'));
    const account = useAccountStore();
    expect(await account.login('', '')).toBe(false);
    expect(account.missing).toEqual(['identifier', 'password']);
    expect(account.error).toBeNull();
    expect(calls).toEqual([]);
    account.fieldEdited('identifier');
    expect(account.missing).toEqual(['password']);
  });

  it('keeps the generic error for a real failure', async () => {
    fakeBridge(() => fail('LOGIN_FAILED'));
    const account = useAccountStore();
    expect(await account.login('nadia.haddad1', 'mauvais')).toBe(false);
    expect(account.missing).toEqual([]);
    expect(account.error?.code).toBe('LOGIN_FAILED');
    expect(account.busy).toBe(false);
  });
});

describe('the next visit after endVisit', () => {
  it('sends its first call only once the session reset has been answered', async () => {
    let answerReset: () => void = () => undefined;
    const order: string[] = [];
    const bridge: KioskBridge = {
      invoke<C extends Channel>(channel: C) {
        order.push(`${channel} sent`);
        if (channel !== 'session.reset') return Promise.resolve(ok({}) as never);
        return new Promise((resolve) => {
          answerReset = () => {
            order.push('session.reset answered');
            resolve(ok({}) as never);
          };
        });
      },
    };
    setBridgeForTests(bridge);
    const ended = endVisit();
    // A parent who taps "Identifiant perdu" at once.
    const started = invoke('recovery.start', { kind: 'identifier' } as RequestOf<'recovery.start'>);
    await vi.waitFor(() => expect(order).toContain('session.reset sent'));
    expect(order).not.toContain('recovery.start sent');
    answerReset();
    await Promise.all([ended, started]);
    expect(order).toEqual(['session.reset sent', 'session.reset answered', 'recovery.start sent']);
  });
});
