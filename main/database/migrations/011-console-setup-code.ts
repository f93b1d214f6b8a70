// Schema version 11. Never edit a released migration: add the next numbered file instead.
import type { Migration } from '../migration';

/**
 * The console's one-time setup code (S-SEC-1): until the first staff account exists, creating it
 * needs this code, printed where only the school sees it (the kiosk's start-up log, the roster
 * CLI, `npm run config -- console setup-code`). One row at most: printing a code replaces the
 * previous one, and creating the first account deletes it. Only a salted SHA-256 of the code is
 * kept (main/staff/console-setup-code.ts says why that is enough).
 */
export const migration011ConsoleSetupCode: Migration = {
  version: 11,
  name: 'the console setup code that claims the first staff account',
  sql: `
    CREATE TABLE console_setup_code (
      id          INTEGER PRIMARY KEY CHECK (id = 1),
      salt        TEXT NOT NULL,              -- hex, 16 random bytes
      code_hash   TEXT NOT NULL,              -- hex SHA-256 of salt || normalised code
      issued_at   TEXT NOT NULL,
      issued_by   TEXT NOT NULL               -- 'kiosk' (start-up), 'cli' (roster or config CLI)
    ) STRICT;
  `,
};
