// The kiosk's SyncService (sync-service.ts): the loop, enrolment and the console's view over one
// database. An un-enrolled kiosk has one too: its status says so and its loop does nothing.
import { ok, type Result } from '../../shared/result';
import type { SyncStatusView } from '../../shared/sync/sync-status-view';
import type { KioskDatabase } from '../database/open-database';
import type { Clock } from '../platform/clock';
import type { AccountSessionEnder } from './apply/sync-apply-context';
import { acknowledgeConflict, listOpenConflicts } from './apply/sync-conflicts';
import { enrolKiosk } from './enrol-kiosk';
import type { HubCredentialStore } from './hub-credential';
import { createHubLinkStore } from './hub-link';
import { createOutbox } from './outbox/read-push-batch';
import { runSyncTry } from './run-sync-try';
import { rostersOfOtherSchools } from './rosters-of-other-schools';
import { createSyncLoop, type SyncTimers } from './sync-loop';
import type { SyncService } from './sync-service';

export interface SyncServiceDeps {
  db: KioskDatabase;
  clock: Clock;
  credentials: HubCredentialStore;
  /** hubCaFile (S-SYNC-3). */
  caFile?: string | undefined;
  /** Ends the logins of an account whose password changed at another kiosk. */
  sessions?: AccountSessionEnder | undefined;
  log?: (line: string) => void;
  /** Tests: the jitter's randomness, the timers, the interval. */
  random?: () => number;
  timers?: SyncTimers;
  intervalMs?: number;
  /** Tests: smaller pushes. */
  maxPushEvents?: number;
}

export function createSyncService(deps: SyncServiceDeps): SyncService & {
  /** What the last try did (tests, the CLI). */
  lastOutcome(): Awaited<ReturnType<typeof runSyncTry>> | null;
} {
  const { db, clock } = deps;
  const log = deps.log ?? ((line: string) => console.warn(`[sync] ${line}`));
  const links = createHubLinkStore(db);
  const outbox = createOutbox(db, deps.maxPushEvents ? { maxEvents: deps.maxPushEvents } : {});
  let last: Awaited<ReturnType<typeof runSyncTry>> | null = null;
  const loop = createSyncLoop({
    clock,
    log,
    ...(deps.random ? { random: deps.random } : {}),
    ...(deps.timers ? { timers: deps.timers } : {}),
    ...(deps.intervalMs ? { intervalMs: deps.intervalMs } : {}),
    runTry: async (signal) => {
      last = await runSyncTry(
        {
          db,
          links,
          outbox,
          credentials: deps.credentials,
          clock,
          caFile: deps.caFile,
          sessions: deps.sessions,
          log,
        },
        signal,
      );
      return last;
    },
  });

  function status(): SyncStatusView {
    const link = links.read();
    if (!link) return { enrolled: false };
    const next = loop.nextTryAt();
    return {
      enrolled: true,
      hubUrl: link.hubUrl,
      schoolUai: link.schoolUai,
      schoolName: link.schoolName,
      kioskLabel: link.kioskLabel,
      enrolledAt: link.enrolledAt,
      lastSuccessAt: link.lastSuccessAt,
      waitingEvents: outbox.waitingCount(link.pushedThroughSeq),
      unreachableSince: link.failingSince,
      lastError: link.lastError,
      nextTryAt: next ? next.toISOString() : null,
      conflicts: listOpenConflicts(db),
      rostersNotShared: rostersOfOtherSchools(db, link.schoolUai).map(({ uai, demo }) => ({
        uai,
        demo,
      })),
    };
  }

  return {
    status,
    async syncNow() {
      await loop.tryNow();
      return status();
    },
    async enrol(input): Promise<Result<SyncStatusView>> {
      const enrolled = await enrolKiosk(
        { db, links, credentials: deps.credentials, clock, caFile: deps.caFile },
        input,
      );
      if (!enrolled.ok) return enrolled;
      log(
        `enrolled at ${enrolled.value.hubUrl} as kiosk ${enrolled.value.kioskNumber} of ${enrolled.value.schoolUai}`,
      );
      // The first sync (the bootstrap of a new kiosk) starts now, not in 15 s, and runs on its
      // own: the console's answer does not wait for a whole school's roster.
      loop.kick();
      return ok(status());
    },
    acknowledgeConflict(conflictId, staffActor) {
      const done = acknowledgeConflict(db, conflictId, staffActor, clock.now());
      return done.ok ? ok(status()) : done;
    },
    start: () => loop.start(),
    stop: () => loop.stop(),
    lastOutcome: () => last,
  };
}
