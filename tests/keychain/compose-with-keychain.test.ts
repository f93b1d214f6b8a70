import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeKiosk, type ComposedKiosk } from '../../main/app/compose-kiosk';
import { testKeychainStore } from './test-keychain';

const PASSWORD = 'Tartine beurrée du matin 47';

type Call = (channel: string, request: Record<string, unknown>) => Promise<unknown>;
const caller =
  (kiosk: ComposedKiosk): Call =>
  async (channel, request) => {
    const handler = kiosk.handlers[channel as keyof typeof kiosk.handlers] as (
      context: { sessionId: string },
      request: unknown,
    ) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
    const result = await handler({ sessionId: 'desk' }, request);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value;
  };

/** A demo parent activates and chooses PASSWORD; returns the identifier they were given. */
async function activateDemoParent(kiosk: ComposedKiosk): Promise<string> {
  const call = caller(kiosk);
  const { flowId } = (await call('activation.start', {})) as { flowId: string };
  await call('activation.submitIdentity', {
    flowId,
    lastName: 'Dupont',
    firstName: 'Patrick',
    mobile: '06 12 34 56 02',
  });
  await call('activation.confirmSend', { flowId });
  const inbox = (await call('demo.inbox', {})) as { text: string }[];
  const code = /\d{6}/.exec(inbox.at(-1)?.text ?? '')?.[0] ?? '';
  const { children } = (await call('activation.submitCode', { flowId, code })) as {
    children: { childKey: string }[];
  };
  await call('activation.answerChild', {
    flowId,
    childKey: children[0]?.childKey,
    isLegalGuardian: true,
    birthDate: '02/05/2012',
  });
  const { identifier } = (await call('activation.continueToIdentifier', { flowId })) as {
    identifier: string;
  };
  await call('activation.acknowledgeIdentifier', { flowId });
  await call('activation.setPassword', { flowId, password: PASSWORD, confirmation: PASSWORD });
  return identifier;
}

const loginSucceeds = async (kiosk: ComposedKiosk, identifier: string): Promise<boolean> => {
  const result = await kiosk.handlers['login.submit'](
    { sessionId: 'desk' },
    { identifier, password: PASSWORD },
  );
  return result.ok;
};

describe('the kiosk on a real OS keychain (S-DATA-1, S-PWD-3, S-OTP-4)', () => {
  const store = testKeychainStore();
  afterAll(() => store.clear());
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-keychain-'));
  const env = { KIOSK_IDENTITY_RESPONSE_FLOOR_MS: '0' };

  it('creates its keys in the keychain on first start, and passwords still work after a restart', async () => {
    const first = await composeKiosk({ dataDir, env, secretStore: store });
    const stored = await store.readAll();
    expect(stored['password-pepper']?.length).toBeGreaterThanOrEqual(32);
    expect(stored['code-hmac-key']?.length).toBeGreaterThanOrEqual(32);
    expect(first.warnings.filter((line) => /keychain/i.test(line))).toEqual([]);
    const identifier = await activateDemoParent(first);
    first.close();

    const second = await composeKiosk({ dataDir, env, secretStore: store });
    try {
      expect(await store.readAll()).toEqual(stored);
      expect(await loginSucceeds(second, identifier)).toBe(true);
    } finally {
      second.close();
    }

    // The same data directory with another keychain: the accounts need their own pepper, and
    // the kiosk does not invent a new one.
    const elsewhere = testKeychainStore();
    const third = await composeKiosk({ dataDir, env, secretStore: elsewhere });
    try {
      expect(await elsewhere.readAll()).not.toHaveProperty('password-pepper');
      expect(await loginSucceeds(third, identifier)).toBe(false);
    } finally {
      third.close();
      await elsewhere.clear();
    }
  });

  it('writes no secret into the data directory (database, WAL, config)', async () => {
    const stored = await store.readAll();
    const secrets = Object.values(stored);
    expect(secrets.length).toBeGreaterThanOrEqual(2);
    for (const file of readdirSync(dataDir)) {
      const bytes = readFileSync(join(dataDir, file));
      for (const secret of secrets) expect(bytes.includes(secret)).toBe(false);
    }
  });

  it('an environment variable overrides the keychain, which it leaves alone', async () => {
    const before = await store.readAll();
    const kiosk = await composeKiosk({
      dataDir: mkdtempSync(join(tmpdir(), 'kiosk-keychain-env-')),
      env: { ...env, KIOSK_PASSWORD_PEPPER: 'e'.repeat(40) },
      secretStore: store,
    });
    kiosk.close();
    expect(await store.readAll()).toEqual(before);
  });
});
