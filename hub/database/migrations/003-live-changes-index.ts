import type { HubMigration } from '../hub-migration';

// Hub schema version 3. Never edit a released migration: add the next numbered file instead.

/**
 * The latest-in-hub-order rules (hub/rules/latest-in-hub-order.ts) mark a guardian's or an
 * account's earlier changes superseded at every new one. Through (school, entity, version) that
 * walked every earlier change of the entity, superseded ones included: quadratic in the changes
 * per guardian (a test with 30,000 mobiles on 12 guardians spent most of its 400 s there). Only
 * the changes still served need finding: an index over those alone.
 */
export const hubMigration003LiveChangesIndex: HubMigration = {
  version: 3,
  name: '003-live-changes-index',
  sql: `
    CREATE INDEX changes_live_by_school_entity ON changes (school_uai, entity_key, version)
      WHERE NOT superseded;
  `,
};
