import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeKiosk } from '../../../main/app/compose-kiosk';
import { databasePath } from '../../../main/database/database-location';
import { openDatabase } from '../../../main/database/open-database';
import { importRosterFiles } from '../../../main/roster/import-roster-files';
import { systemClock } from '../../../main/platform/clock';
import { writeFixturePair } from '../../fixtures/siecle/siecle-fixture-files';

const freshDataDir = () => mkdtempSync(join(tmpdir(), 'kiosk-compose-'));
const PEPPER = 'a-pepper-of-at-least-thirty-two-characters!';

async function importRealRoster(dataDir: string) {
  const db = openDatabase(databasePath(dataDir));
  const pair = writeFixturePair();
  await importRosterFiles(db, [pair.students, pair.guardians], { clock: systemClock });
  db.close();
}

describe('starting the kiosk (composition root)', () => {
  it('starts in demo mode on a fresh data directory without any secret', async () => {
    const kiosk = await composeKiosk({ dataDir: freshDataDir(), env: {} });
    expect(kiosk.demoMode).toBe(true);
    const status = await kiosk.handlers['kiosk.status']({ sessionId: 's' }, {});
    expect(status).toMatchObject({ ok: true, value: { demoMode: true } });
    kiosk.close();
  });

  it('names, for the console, each setting that weakens a protection', async () => {
    const quiet = await composeKiosk({ dataDir: freshDataDir(), env: {} });
    expect(quiet.warnings).toEqual([]);
    quiet.close();
    const loose = await composeKiosk({
      dataDir: freshDataDir(),
      env: { KIOSK_RESEND_COOLDOWN_SECONDS: '5' },
    });
    expect(loose.warnings).toEqual([expect.stringMatching(/^WARNING: resendCooldownSeconds/)]);
    loose.close();
  });

  it('S-PWD-3 the kiosk as started hashes passwords with scrypt N=2^17, r=8, p=1', async () => {
    const dataDir = freshDataDir();
    const kiosk = await composeKiosk({
      dataDir,
      env: { KIOSK_IDENTITY_RESPONSE_FLOOR_MS: '0' },
    });
    try {
      const call = async (channel: string, request: Record<string, unknown>) => {
        const handler = kiosk.handlers[channel as keyof typeof kiosk.handlers] as (
          context: { sessionId: string },
          request: unknown,
        ) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
        const result = await handler({ sessionId: 'desk' }, request);
        if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
        return result.value as Record<string, unknown>;
      };
      const { flowId } = (await call('activation.start', {})) as { flowId: string };
      await call('activation.submitIdentity', {
        flowId,
        lastName: 'Dupont',
        firstName: 'Patrick',
        mobile: '06 12 34 56 02',
      });
      await call('activation.confirmSend', { flowId });
      const inbox = (await call('demo.inbox', {})) as unknown as { text: string }[];
      const code = /\d{6}/.exec(inbox.at(-1)?.text ?? '')?.[0] ?? '';
      const children = (await call('activation.submitCode', { flowId, code })) as {
        children: { childKey: string }[];
      };
      await call('activation.answerChild', {
        flowId,
        childKey: children.children[0]?.childKey,
        isLegalGuardian: true,
        birthDate: '02/05/2012',
      });
      await call('activation.continueToIdentifier', { flowId });
      await call('activation.acknowledgeIdentifier', { flowId });
      const password = 'Tartine beurrée du matin 47';
      await call('activation.setPassword', { flowId, password, confirmation: password });
    } finally {
      kiosk.close();
    }
    const db = openDatabase(databasePath(dataDir));
    const { password_hash } = db.prepare('SELECT password_hash FROM accounts').get() as {
      password_hash: string;
    };
    db.close();
    expect(password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
  });

  it('refuses to start with a real roster and no password pepper (S-PWD-3)', async () => {
    const dataDir = freshDataDir();
    await importRealRoster(dataDir);
    await expect(composeKiosk({ dataDir, env: {} })).rejects.toThrow(/KIOSK_PASSWORD_PEPPER/);
    const kiosk = await composeKiosk({ dataDir, env: { KIOSK_PASSWORD_PEPPER: PEPPER } });
    expect(kiosk.demoMode).toBe(false);
    kiosk.close();
  });

  it('refuses the published demo pepper as soon as a real SMS gateway is configured', async () => {
    const env = {
      KIOSK_SMS_PROVIDER: 'android-gateway',
      KIOSK_SMS_URL: 'http://127.0.0.1:9',
      KIOSK_SMS_PASSWORD: 'pw',
    };
    await expect(composeKiosk({ dataDir: freshDataDir(), env })).rejects.toThrow(
      /KIOSK_PASSWORD_PEPPER/,
    );
  });

  it('refuses a pepper too short to be a secret', async () => {
    const dataDir = freshDataDir();
    await importRealRoster(dataDir);
    await expect(
      composeKiosk({ dataDir, env: { KIOSK_PASSWORD_PEPPER: 'short' } }),
    ).rejects.toThrow(/at least 32/);
  });
});
