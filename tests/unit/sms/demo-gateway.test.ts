import { describe, expect, it } from 'vitest';
import { createDemoGateway, DEMO_INBOX_SIZE } from '../../../main/sms/demo-gateway';
import type { Clock } from '../../../main/platform/clock';

const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

describe('demo gateway (on-screen phone)', () => {
  it('shows each SMS with a masked recipient, its text and the time it was sent', async () => {
    const demo = createDemoGateway(fixedClock('2025-09-01T08:30:00.000Z'));
    const receipt = await demo.send({
      to: '+33612345678',
      text: 'Votre code : 123456',
      clientId: 'a',
    });

    expect(receipt.providerMessageId).toBe('demo-1');
    expect(demo.provider).toBe('demo');
    expect(demo.inbox()).toEqual([
      {
        id: 1,
        to: '06 •• •• •• 78',
        text: 'Votre code : 123456',
        sentAt: '2025-09-01T08:30:00.000Z',
      },
    ]);
    expect(JSON.stringify(demo.inbox())).not.toContain('12345678');
  });

  it('returns only messages newer than afterId, oldest first', async () => {
    const demo = createDemoGateway(fixedClock('2025-09-01T08:30:00.000Z'));
    for (const text of ['un', 'deux', 'trois'])
      await demo.send({ to: '+33612345678', text, clientId: text });

    expect(demo.inbox(1).map((sms) => [sms.id, sms.text])).toEqual([
      [2, 'deux'],
      [3, 'trois'],
    ]);
    expect(demo.inbox(3)).toEqual([]);
    expect(demo.inbox(0)).toHaveLength(3);
  });

  it(`keeps only the last ${DEMO_INBOX_SIZE} messages and keeps numbering after that`, async () => {
    const demo = createDemoGateway(fixedClock('2025-09-01T08:30:00.000Z'));
    for (let i = 1; i <= DEMO_INBOX_SIZE + 5; i++) {
      await demo.send({ to: '+33612345678', text: `sms ${i}`, clientId: String(i) });
    }
    const inbox = demo.inbox();
    expect(inbox).toHaveLength(DEMO_INBOX_SIZE);
    expect(inbox[0]?.id).toBe(6);
    expect(inbox.at(-1)?.id).toBe(DEMO_INBOX_SIZE + 5);
  });

  it('hands out copies, so the screen cannot alter the inbox', async () => {
    const demo = createDemoGateway(fixedClock('2025-09-01T08:30:00.000Z'));
    await demo.send({ to: '+33612345678', text: 'original', clientId: 'a' });
    const first = demo.inbox()[0];
    if (first) first.text = 'changed';
    expect(demo.inbox()[0]?.text).toBe('original');
  });
});
