import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskDatabase } from '../../../main/database/open-database';
import { createFlowRepository } from '../../../main/flows/engine/flow-repository';

describe('flow repository', () => {
  let db: KioskDatabase;
  beforeEach(() => (db = openDatabase(':memory:')));
  afterEach(() => db.close());

  it('S-OTP-3 consumes a code once: only the first of two consumers wins', () => {
    const flows = createFlowRepository(db);
    const now = new Date('2026-09-01T08:00:00Z');
    flows.create('f1', 'session-1', now, new Date('2026-09-01T09:00:00Z'));
    // Not at the code step yet: nothing to consume.
    expect(flows.consumeCode('f1', now)).toBe(false);
    flows.moveTo('f1', now, 'code', { code_hmac: 'h' });
    expect(flows.consumeCode('f1', now)).toBe(true);
    expect(flows.consumeCode('f1', now)).toBe(false);
    expect(flows.find('f1')?.code_used_at).toBe(now.toISOString());
  });

  it('ending a flow clears what the parent typed and the code hash (S-DATA-2, S-OTP-4)', () => {
    const flows = createFlowRepository(db);
    const now = new Date('2026-09-01T08:00:00Z');
    flows.create('f2', 'session-1', now, new Date('2026-09-01T09:00:00Z'));
    flows.moveTo('f2', now, 'code', {
      typed_last_name: 'Dupont',
      typed_first_name: 'Patrick',
      phone_e164: '+33612345678',
      code_hmac: 'h',
    });
    const ended = flows.end('f2', now, 'abandoned');
    expect(ended).toMatchObject({
      state: 'ended',
      ended_reason: 'abandoned',
      typed_last_name: null,
      typed_first_name: null,
      phone_e164: null,
      code_hmac: null,
    });
  });
});
