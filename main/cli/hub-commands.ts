// `npm run config -- hub enrol | status | leave`: this kiosk's link to a hub from a shell, the
// same enrolment the console's Réglages → Hub makes (docs/developers/sync.md). They need the
// kiosk's data directory (the link lives in its database, the CA file in its settings) and the
// keychain (the credential). A running kiosk picks a new link up at its next try (15 s).
import { existsSync } from 'node:fs';
import { loadKioskConfig } from '../config/kiosk-config';
import { databasePath } from '../database/database-location';
import type { KioskDatabase } from '../database/open-database';
import { systemClock } from '../platform/clock';
import { KeychainUnavailableError } from '../secrets/secret-store';
import { enrolKiosk, leaveHub } from '../sync/enrol-kiosk';
import { createHubClient } from '../sync/hub-client/hub-client';
import { createHubCredentialStore, credentialKioskId } from '../sync/hub-credential';
import { createHubLinkStore, type HubLink } from '../sync/hub-link';
import { createOutbox } from '../sync/outbox/read-push-batch';
import { rostersOfOtherSchools } from '../sync/rosters-of-other-schools';
import type { ConfigCliIo } from './run-config-cli';

export type HubCommandResult =
  { code: 'ok' } | { code: 'refused' | 'no-keychain'; message: string };

async function withDatabase<T>(
  dataDir: string,
  work: (db: KioskDatabase) => Promise<T>,
): Promise<T | { code: 'refused'; message: string }> {
  if (!existsSync(databasePath(dataDir))) {
    return {
      code: 'refused',
      message: `no kiosk database in ${dataDir}: start the kiosk once, or check --data-dir`,
    };
  }
  // Loaded here only: the secrets' commands need no database (nor its native module).
  const { openDatabase } = await import('../database/open-database');
  const db = openDatabase(databasePath(dataDir));
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** What of this kiosk stays on it: the rosters of another school than the enrolled one. */
function notSharedNotes(db: KioskDatabase, schoolUai: string): string[] {
  return rostersOfOtherSchools(db, schoolUai).map((roster) =>
    roster.demo
      ? `Note: this kiosk holds the demo roster (school ${roster.uai}), not school ${schoolUai}'s: ` +
        'what is done with it stays on this kiosk and is not shared through the hub. Import the ' +
        "school's roster to share it (npm run roster -- import …, or the console). To try the " +
        `sync with the demo roster, enrol the kiosks in school ${roster.uai} instead ` +
        `(npm run hub -- school add ${roster.uai}).`
      : `Note: this kiosk also holds the roster of school ${roster.uai}` +
        `${roster.name ? ` (${roster.name})` : ''}, not school ${schoolUai}'s: what is done ` +
        'with it stays on this kiosk and is not shared through the hub.',
  );
}

export function enrolFromCli(
  io: ConfigCliIo,
  dataDir: string,
  input: { hubUrl: string; code: string; label: string | undefined; replaceCredential: boolean },
): Promise<HubCommandResult> {
  return withDatabase(dataDir, async (db): Promise<HubCommandResult> => {
    const { settings } = loadKioskConfig(dataDir, io.env as NodeJS.ProcessEnv);
    const kioskLabel = input.label ?? settings.kioskName;
    const enrolled = await enrolKiosk(
      {
        db,
        links: createHubLinkStore(db),
        credentials: createHubCredentialStore(io.store, io.env),
        clock: io.clock ?? systemClock,
        caFile: settings.hubCaFile,
      },
      {
        hubUrl: input.hubUrl,
        code: input.code,
        kioskLabel,
        replaceCredential: input.replaceCredential,
      },
    );
    if (!enrolled.ok) {
      return {
        code: enrolled.error.code === 'KEYCHAIN_UNAVAILABLE' ? 'no-keychain' : 'refused',
        message: `enrolment refused (${enrolled.error.code}): ${enrolled.error.message}`,
      };
    }
    const { value } = enrolled;
    io.stdout(
      `Enrolled "${kioskLabel}" at ${value.hubUrl}: kiosk number ${value.kioskNumber} of school ` +
        `${value.schoolUai}${value.schoolName ? ` (${value.schoolName})` : ''}.`,
    );
    io.stdout(
      `The credential is in ${io.store.description}. A running kiosk starts syncing within 15 s; ` +
        'otherwise at its next start.',
    );
    for (const note of notSharedNotes(db, value.schoolUai)) io.stdout(note);
    return { code: 'ok' };
  });
}

/**
 * Whether the hub accepts this kiosk's credential right now, in one line: a pull at the kiosk's
 * cursor, whose answer is not applied (the kiosk's next try does that), so nothing changes. The
 * unauthenticated /v1/status would say yes to a revoked kiosk.
 */
async function liveCheck(io: ConfigCliIo, link: HubLink, caFile: string | undefined) {
  let credential: string | undefined;
  try {
    credential = await createHubCredentialStore(io.store, io.env).read();
  } catch (error) {
    if (!(error instanceof KeychainUnavailableError)) throw error;
    return `unknown: the credential cannot be read (${error.reason})`;
  }
  if (!credential) {
    return "no: this kiosk's credential is missing from the keychain; leave and enrol again";
  }
  // Another kiosk's credential would be accepted for that kiosk, not for this one (the kiosk's
  // own tries refuse it as missing): asking the hub with it would answer yes for the wrong kiosk.
  if (credentialKioskId(credential) !== link.kioskId) {
    return (
      `no: the keychain holds the credential of another kiosk (${credentialKioskId(credential)}), ` +
      "not this one's: two kiosks enrolled from one OS account share its keychain; leave and " +
      'enrol this kiosk again from its own account'
    );
  }
  const made = createHubClient({
    hubUrl: link.hubUrl,
    credential,
    ...(caFile ? { caFile } : {}),
    timeoutMs: 10_000,
  });
  if (!made.ok) return `no: ${made.failure.message}`;
  const page = await made.client.pull(link.pullCursor);
  if (page.ok) {
    const count = page.value.changes.length;
    return `yes, this kiosk's credential is accepted (${page.value.more ? `more than ${count}` : count} change(s) to pull)`;
  }
  if (page.failure.kind === 'revoked') {
    return `no: the hub refuses this kiosk's credential (revoked?): ${page.failure.message}`;
  }
  return `no: ${page.failure.message}`;
}

export function statusFromCli(io: ConfigCliIo, dataDir: string): Promise<HubCommandResult> {
  return withDatabase(dataDir, async (db): Promise<HubCommandResult> => {
    const link = createHubLinkStore(db).read();
    if (!link) {
      io.stdout('This kiosk is not enrolled at a hub (`npm run config -- hub enrol URL CODE`).');
      return { code: 'ok' };
    }
    const waiting = createOutbox(db).waitingCount(link.pushedThroughSeq);
    const { settings } = loadKioskConfig(dataDir, io.env as NodeJS.ProcessEnv);
    const accepted = await liveCheck(io, link, settings.hubCaFile);
    io.stdout(`Hub:               ${link.hubUrl}`);
    io.stdout(
      `School:            ${link.schoolUai}${link.schoolName ? ` (${link.schoolName})` : ''}`,
    );
    io.stdout(
      `This kiosk:        "${link.kioskLabel}", number ${link.kioskNumber}, id ${link.kioskId}`,
    );
    io.stdout(`Enrolled at:       ${link.enrolledAt}`);
    io.stdout(`Last success:      ${link.lastSuccessAt ?? 'never'}`);
    io.stdout(`Events waiting:    ${waiting}`);
    if (link.failingSince) {
      io.stdout(`Failing since:     ${link.failingSince} (${link.lastError ?? 'unknown'})`);
    }
    io.stdout(`Hub accepts now:   ${accepted}`);
    for (const note of notSharedNotes(db, link.schoolUai)) io.stdout(note);
    return { code: 'ok' };
  });
}

export function leaveFromCli(
  io: ConfigCliIo,
  dataDir: string,
  force: boolean,
): Promise<HubCommandResult> {
  return withDatabase(dataDir, async (db): Promise<HubCommandResult> => {
    const links = createHubLinkStore(db);
    const link = links.read();
    if (!link) {
      io.stdout('This kiosk is not enrolled at a hub; nothing changed.');
      return { code: 'ok' };
    }
    const waiting = createOutbox(db).waitingCount(link.pushedThroughSeq);
    if (waiting > 0 && !force) {
      return {
        code: 'refused',
        message:
          `${waiting} change(s) made on this kiosk have not reached the hub yet and would never ` +
          'reach it: let the kiosk sync first (`hub status`), or pass --discard-waiting to leave anyway',
      };
    }
    try {
      await leaveHub({ links, credentials: createHubCredentialStore(io.store, io.env) });
    } catch (error) {
      if (error instanceof KeychainUnavailableError) {
        return { code: 'no-keychain', message: error.message };
      }
      throw error;
    }
    io.stdout(`This kiosk left the hub ${link.hubUrl}; its accounts and roster stay on it.`);
    // A revoked kiosk's credential is worthless already: nothing left for the administrator to do.
    if (link.lastError !== 'revoked') {
      io.stdout(`Ask the hub's administrator to revoke kiosk ${link.kioskId}.`);
    }
    return { code: 'ok' };
  });
}
