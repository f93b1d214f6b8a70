// A provider's "accepted" answer, read with the provider's schema. An answer in another shape
// came with a success status: the SMS may have left, so it is a failure of the provider's
// (ProviderError) whose outcome is uncertain (S-RATE-2 then counts it as sent).
import type { z } from 'zod';
import { SmsGatewayError } from './sms-gateway';

export function parseAccepted<T>(schema: z.ZodType<T>, data: unknown, label: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new SmsGatewayError(
      'ProviderError',
      `${label} answered in an unexpected shape`,
      true,
      undefined,
      true,
    );
  }
  return parsed.data;
}
