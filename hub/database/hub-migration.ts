/** One step of the hub's schema (PostgreSQL). Released migrations are never edited: add one. */
export interface HubMigration {
  /** 1, 2, 3… in registry order. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
