// The on-screen "téléphone de démonstration": in demo mode nothing leaves the kiosk, the SMS is
// shown on screen instead, with the recipient masked as everywhere else (S-KIOSK-3).
import type { DemoSms } from '../../shared/kiosk-status';
import { maskPhone } from '../matching/normalise-phone';
import type { Clock } from '../platform/clock';
import type { SmsDeliveryStatus, SmsGateway, SmsMessage, SmsSendReceipt } from './sms-gateway';

/** Enough for a demonstration; older messages are forgotten so memory stays bounded. */
export const DEMO_INBOX_SIZE = 50;

export interface DemoPhone {
  /** Messages with an id greater than `afterId`, oldest first (the screen polls with its last id). */
  inbox(afterId?: number): DemoSms[];
}

export function createDemoGateway(clock: Clock): SmsGateway & DemoPhone {
  const messages: DemoSms[] = [];
  let lastId = 0;

  return {
    provider: 'demo',
    idempotentSends: false,

    async send(message: SmsMessage): Promise<SmsSendReceipt> {
      lastId += 1;
      messages.push({
        id: lastId,
        to: maskPhone(message.to),
        text: message.text,
        sentAt: clock.now().toISOString(),
      });
      if (messages.length > DEMO_INBOX_SIZE) messages.splice(0, messages.length - DEMO_INBOX_SIZE);
      return { providerMessageId: `demo-${lastId}`, status: 'Delivered' };
    },

    async getStatus(providerMessageId: string): Promise<SmsDeliveryStatus> {
      return { providerMessageId, status: 'Delivered' };
    },

    inbox(afterId = 0): DemoSms[] {
      return messages.filter((sms) => sms.id > afterId).map((sms) => ({ ...sms }));
    },
  };
}
