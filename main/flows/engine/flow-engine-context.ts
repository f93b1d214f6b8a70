import type { GuardianSecretFailures } from '../../accounts/guardian-secret-failures';
import type { KioskSettings } from '../../config/kiosk-config';
import type { KioskDatabase } from '../../database/open-database';
import type { Journal } from '../../journal/journal';
import type { Clock } from '../../platform/clock';
import type { FlowRepository } from './flow-repository';

/** What the engine needs to open, guard, move and end flows, whatever the flow. */
export interface FlowEngineContext {
  db: KioskDatabase;
  settings: Pick<KioskSettings, 'flowTtlSeconds'>;
  clock: Clock;
  flows: FlowRepository;
  journal: Journal;
  /** S-RATE-1: a guardian locked meanwhile ends the flow at its next step. */
  secretFailures: Pick<GuardianSecretFailures, 'anyLocked'>;
}
