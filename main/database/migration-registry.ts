import type { Migration } from './migration';
import { migration001InitialSchema } from './migrations/001-initial-schema';
import { migration002SweepAndWindowIndexes } from './migrations/002-sweep-and-window-indexes';
import { migration003AccountAndRosterLifecycle } from './migrations/003-account-and-roster-lifecycle';
import { migration004RecoveryFlows } from './migrations/004-recovery-flows';
import { migration005SmsDeliveryStatus } from './migrations/005-sms-delivery-status';
import { migration006DeskMobileCorrections } from './migrations/006-desk-mobile-corrections';
import { migration007StaffAccounts } from './migrations/007-staff-accounts';
import { migration008OndeSchoolSource } from './migrations/008-onde-school-source';
import { migration009StaffAccountManagement } from './migrations/009-staff-account-management';
import { migration010RosterReimportIndexes } from './migrations/010-roster-reimport-indexes';
import { migration011ConsoleSetupCode } from './migrations/011-console-setup-code';
import { migration012SmsIdentifierRateKey } from './migrations/012-sms-identifier-rate-key';
import { migration013HubLink } from './migrations/013-hub-link';
import { migration014SyncApply } from './migrations/014-sync-apply';
import { migration015EventSeenVersion } from './migrations/015-event-seen-version';

/** Every schema version in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  migration001InitialSchema,
  migration002SweepAndWindowIndexes,
  migration003AccountAndRosterLifecycle,
  migration004RecoveryFlows,
  migration005SmsDeliveryStatus,
  migration006DeskMobileCorrections,
  migration007StaffAccounts,
  migration008OndeSchoolSource,
  migration009StaffAccountManagement,
  migration010RosterReimportIndexes,
  migration011ConsoleSetupCode,
  migration012SmsIdentifierRateKey,
  migration013HubLink,
  migration014SyncApply,
  migration015EventSeenVersion,
];
