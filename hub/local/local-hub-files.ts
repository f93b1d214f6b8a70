// Where `npm run hub:local` keeps what it chose once (the PostgreSQL superuser's password and
// port) in its data directory, so that the hub CLI's administration commands can reach the
// same database without the operator copying its URL.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOOPBACK } from './postgres-cluster';

export const DEFAULT_LOCAL_HUB_DIR = 'hub-data';
/** The database the local hub keeps its tables in (the cluster's `postgres` one stays empty). */
export const LOCAL_HUB_DATABASE = 'hub';

export const superuserPasswordFile = (dataDir: string): string =>
  join(dataDir, 'superuser-password');
export const postgresPortFile = (dataDir: string): string => join(dataDir, 'postgres-port');
export const postgresDataDir = (dataDir: string): string => join(dataDir, 'postgres');

/** A data directory `npm run hub:local` has initialised (its password and port are chosen). */
export const holdsLocalHub = (dataDir: string): boolean =>
  existsSync(superuserPasswordFile(dataDir)) && existsSync(postgresPortFile(dataDir));

/** The URL of the local hub's database, from its files; null when they are missing or unreadable. */
export function localHubDatabaseUrl(dataDir: string): string | null {
  if (!holdsLocalHub(dataDir)) return null;
  const password = readFileSync(superuserPasswordFile(dataDir), 'utf8').trim();
  const port = readFileSync(postgresPortFile(dataDir), 'utf8').trim();
  if (password === '' || !/^\d{1,5}$/u.test(port)) return null;
  return `postgres://postgres:${encodeURIComponent(password)}@${LOOPBACK}:${port}/${LOCAL_HUB_DATABASE}`;
}
