// One try of the kiosk's sync (docs/developers/sync.md): push the outbox until it is empty, then
// pull pages until the hub says there is no more, each page applied in one SQLite transaction
// with the cursor's move. Positions move only on the hub's answers (S-SYNC-5): a try cut at
// any point leaves the kiosk where the last answer put it, and the next try resends or asks
// again from there.
import { KeychainUnavailableError } from '../secrets/secret-store';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import type { Clock } from '../platform/clock';
import { applyPulledChanges } from './apply/apply-pulled-changes';
import type { AccountSessionEnder } from './apply/sync-apply-context';
import { createHubClient, type HubClient } from './hub-client/hub-client';
import type { HubFailure } from './hub-client/hub-failure';
import { credentialKioskId, type HubCredentialStore } from './hub-credential';
import type { HubLink, HubLinkStore } from './hub-link';
import type { Outbox } from './outbox/read-push-batch';

export type SyncTryOutcome =
  | { kind: 'not-enrolled' }
  | { kind: 'stopped' }
  | { kind: 'synced'; pushed: number; pulled: number }
  | { kind: 'failed'; failure: HubFailure };

export interface SyncTryDeps {
  db: KioskDatabase;
  links: HubLinkStore;
  outbox: Outbox;
  credentials: HubCredentialStore;
  clock: Clock;
  caFile?: string | undefined;
  /** Ends the logins of an account whose password changed at another kiosk. */
  sessions?: AccountSessionEnder | undefined;
  log: (line: string) => void;
}

class TryStopped extends Error {}

export async function runSyncTry(deps: SyncTryDeps, signal: AbortSignal): Promise<SyncTryOutcome> {
  const link = deps.links.read();
  if (!link) return { kind: 'not-enrolled' };
  // Every await may end with the kiosk closing: nothing touches the database after a stop.
  const checkpoint = () => {
    if (signal.aborted) throw new TryStopped();
  };
  try {
    const outcome = await pushThenPull(deps, link, signal, checkpoint);
    if (outcome.kind === 'failed') {
      deps.links.recordFailure(link.kioskId, deps.clock.now(), outcome.failure.kind);
      deps.log(`sync failed: ${outcome.failure.message}`);
    } else {
      deps.links.recordSuccess(link.kioskId, deps.clock.now());
    }
    return outcome;
  } catch (error) {
    if (error instanceof TryStopped) return { kind: 'stopped' };
    throw error;
  }
}

async function pushThenPull(
  deps: SyncTryDeps,
  link: HubLink,
  signal: AbortSignal,
  checkpoint: () => void,
): Promise<SyncTryOutcome> {
  const client = await clientFor(deps, link, signal);
  checkpoint();
  if ('failure' in client) return { kind: 'failed', failure: client.failure };

  let pushed = 0;
  let through = link.pushedThroughSeq;
  for (;;) {
    const cursor = deps.links.read()?.pullCursor ?? link.pullCursor;
    const batch = deps.outbox.nextBatch(through, cursor, link.schoolUai);
    for (const reason of batch.skipped) deps.log(`sync: not pushed: ${reason}`);
    if (batch.throughSeq === through) break;
    if (batch.events.length > 0) {
      const answer = await client.push({ events: batch.events });
      checkpoint();
      if (!answer.ok) return { kind: 'failed', failure: answer.failure };
      const lastSent = batch.events.at(-1)?.seq ?? through;
      if (answer.value.appliedThrough < lastSent) {
        // The hub applies a batch whole or not at all: an answer short of it is a hub's bug.
        return {
          kind: 'failed',
          failure: {
            kind: 'hub-error',
            hubError: null,
            message: `the hub acknowledged seq ${answer.value.appliedThrough} of a push through ${lastSent}`,
          },
        };
      }
      if (answer.value.appliedThrough > deps.outbox.lastSeq()) {
        // The hub applied seqs this journal never reached: the database is an older copy. Moving
        // pushed_through there would skip the next changes as if the hub had them.
        return {
          kind: 'failed',
          failure: {
            kind: 'restored',
            hubError: null,
            message: `the hub applied this kiosk's events through seq ${answer.value.appliedThrough}, its journal ends at ${deps.outbox.lastSeq()}: the database is an older copy`,
          },
        };
      }
      pushed += batch.events.length - answer.value.alreadyApplied;
    }
    deps.links.markPushedThrough(link.kioskId, batch.throughSeq);
    through = batch.throughSeq;
  }

  let pulled = 0;
  let cursor = deps.links.read()?.pullCursor ?? link.pullCursor;
  for (;;) {
    const page = await client.pull(cursor);
    checkpoint();
    if (!page.ok) return { kind: 'failed', failure: page.failure };
    let applied: number;
    try {
      applied = inTransaction(deps.db, () => {
        const result = applyPulledChanges(deps.db, page.value.changes, {
          schoolUai: link.schoolUai,
          at: deps.clock.now(),
          ...(deps.sessions ? { sessions: deps.sessions } : {}),
        });
        // Rolled back with the page: the cursor stays before a page that was not applied.
        if (!result.ok) throw new PageRefused(result.error.message);
        deps.links.movePullCursor(link.kioskId, page.value.cursor);
        return result.value.applied;
      });
    } catch (error) {
      if (!(error instanceof PageRefused)) throw error;
      // S-SYNC-6: a page this kiosk refuses changes nothing; the hub is told by no one but the
      // log and the console's "hub-error" until a fixed hub or kiosk gets past it.
      return {
        kind: 'failed',
        failure: {
          kind: 'hub-error',
          hubError: null,
          message: `pulled page refused: ${error.message}`,
        },
      };
    }
    pulled += applied;
    if (!page.value.more || page.value.cursor <= cursor) break;
    cursor = page.value.cursor;
  }
  return { kind: 'synced', pushed, pulled };
}

class PageRefused extends Error {}

async function clientFor(
  deps: SyncTryDeps,
  link: HubLink,
  signal: AbortSignal,
): Promise<HubClient | { failure: HubFailure }> {
  let credential: string | undefined;
  try {
    credential = await deps.credentials.read();
  } catch (error) {
    if (!(error instanceof KeychainUnavailableError)) throw error;
    return { failure: { kind: 'credential-missing', hubError: null, message: error.message } };
  }
  if (credential === undefined || credentialKioskId(credential) !== link.kioskId) {
    return {
      failure: {
        kind: 'credential-missing',
        hubError: null,
        message: `no hub credential for kiosk ${link.kioskId} in the keychain (hub-credential) or KIOSK_HUB_CREDENTIAL`,
      },
    };
  }
  const made = createHubClient({
    hubUrl: link.hubUrl,
    credential,
    ...(deps.caFile ? { caFile: deps.caFile } : {}),
    signal,
  });
  return made.ok ? made.client : { failure: made.failure };
}
