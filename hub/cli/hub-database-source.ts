// Which database an administration command works on: --database-url, else DATABASE_URL, else
// the local hub's (`npm run hub:local`) found in its data directory, so that the operator of a
// local hub never copies its URL. Also says how to type the same choice again, for the hints.
import {
  DEFAULT_LOCAL_HUB_DIR,
  holdsLocalHub,
  localHubDatabaseUrl,
} from '../local/local-hub-files';
import type { HubArguments } from './hub-cli-arguments';
import { shellQuoted } from './shell-quoted';

export interface HubDatabaseSource {
  readonly url: string;
  /** The options to add to `npm run hub --` for another command on the same database. */
  readonly sameDatabase: string;
  /** The local hub's data directory (as typed) when the database is a local hub's, else null. */
  readonly localHubDir: string | null;
}

export function hubDatabaseSource(
  args: HubArguments,
  env: NodeJS.ProcessEnv,
): HubDatabaseSource | string {
  const explicit = args.options.get('database-url');
  if (explicit !== undefined && explicit !== '') {
    return {
      url: explicit,
      sameDatabase: ` --database-url ${shellQuoted(explicit)}`,
      localHubDir: null,
    };
  }
  const fromEnvironment = env.DATABASE_URL;
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    return { url: fromEnvironment, sameDatabase: '', localHubDir: null };
  }
  const typedDir = args.options.get('data-dir');
  const dataDir = typedDir ?? DEFAULT_LOCAL_HUB_DIR;
  const url = localHubDatabaseUrl(dataDir);
  if (url !== null) {
    const sameDatabase = typedDir === undefined ? '' : ` --data-dir ${shellQuoted(typedDir)}`;
    return { url, sameDatabase, localHubDir: dataDir };
  }
  if (typedDir !== undefined) {
    return holdsLocalHub(typedDir)
      ? `${typedDir} holds an unreadable local hub (its postgres-port or superuser-password file)`
      : `${typedDir} holds no local hub: start one with npm run hub:local -- --data-dir ${shellQuoted(typedDir)}`;
  }
  return (
    'the database is needed: --database-url postgres://… or DATABASE_URL, ' +
    `or a local hub in ${DEFAULT_LOCAL_HUB_DIR}/ (npm run hub:local)`
  );
}

/** The one line an operator reads when the local hub's PostgreSQL does not answer. */
export function localHubNotRunning(dataDir: string): string {
  const start =
    dataDir === DEFAULT_LOCAL_HUB_DIR
      ? 'npm run hub:local'
      : `npm run hub:local -- --data-dir ${shellQuoted(dataDir)}`;
  return `the local hub in ${dataDir.replace(/\/*$/u, '/')} is not running: start it with ${start}`;
}
