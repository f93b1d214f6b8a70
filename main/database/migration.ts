export interface Migration {
  /** user_version after this migration; registry order must be 1, 2, 3… */
  version: number;
  name: string;
  sql: string;
}
