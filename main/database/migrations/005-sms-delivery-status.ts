// Schema version 5. Never edit a released migration: add the next numbered file instead.
import type { Migration } from '../migration';

/**
 * What the provider said later about an accepted SMS (issue 4): a kiosk gets no delivery
 * callbacks (it is not reachable from the internet), so it polls where the provider allows
 * and records the answer, for the secretariat ("the parent says no SMS came").
 */
export const migration005SmsDeliveryStatus: Migration = {
  version: 5,
  name: 'SMS delivery status polled from the provider',
  sql: `
    ALTER TABLE sms_log ADD COLUMN delivery_status TEXT;      -- provider's word, e.g. 'delivered'
    ALTER TABLE sms_log ADD COLUMN delivery_error TEXT;       -- English, never a number or code
    ALTER TABLE sms_log ADD COLUMN delivery_checked_at TEXT;
  `,
};
