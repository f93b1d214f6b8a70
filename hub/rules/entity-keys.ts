import type { RosterRef } from '../../shared/sync/sync-protocol';

/** `changes.entity_key` of a guardian: the school and the export's own id (HUB-INTERFACES). */
export const guardianEntityKey = (guardian: RosterRef): string =>
  `${guardian.schoolUai}:${guardian.sourceId}`;
