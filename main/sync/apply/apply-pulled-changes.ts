import { randomUUID } from 'node:crypto';
import { fail, ok, type Result } from '../../../shared/result';
import {
  syncedChangeSchema,
  type PulledChange,
  type SyncedChange,
} from '../../../shared/sync/sync-protocol';
import { createAccountRowWriter } from '../../accounts/account-rows';
import type { KioskDatabase } from '../../database/open-database';
import { RosterImportError } from '../../roster/roster-import-error';
import { createAccountAppliers } from './apply-account-changes';
import { createGuardianAppliers } from './apply-guardian-changes';
import { createHubDecisionAppliers } from './apply-hub-decisions';
import { createRosterApplier } from './apply-roster-change';
import { createWrongLinkAppliers } from './apply-wrong-link-changes';
import { createUnpushedEventCheck } from './local-unpushed-events';
import { PulledChangeRefusedError } from './pulled-change-refused';
import type {
  AccountSessionEnder,
  ApplyOutcome,
  ChangeAppliers,
  SyncApplyContext,
} from './sync-apply-context';

export interface ApplyPulledContext {
  schoolUai: string;
  at: Date;
  /**
   * The kiosk's sessions, so that a password changed or an account retired at another kiosk ends
   * its logins here too, as a local password change does. Omitted: no login is ended.
   */
  sessions?: AccountSessionEnder;
}

function contextFor(db: KioskDatabase, context: ApplyPulledContext): SyncApplyContext {
  const insertAudit = db.prepare(
    `INSERT INTO audit_log (id, at, actor, action, guardian_id, details)
     VALUES (?, ?, 'sync', ?, ?, ?)`,
  );
  const guardianIdOf = db
    .prepare('SELECT id FROM guardians WHERE school_uai = ? AND source_id = ?')
    .pluck();
  return {
    db,
    schoolUai: context.schoolUai,
    at: context.at,
    audit(action, guardianId, details) {
      insertAudit.run(
        randomUUID(),
        context.at.toISOString(),
        action,
        guardianId,
        JSON.stringify(details),
      );
    },
    guardianIdOf: (ref) => guardianIdOf.get(ref.schoolUai, ref.sourceId) as number | undefined,
    endSessionsOf: (accountId) => context.sessions?.logOutAccount(accountId).length ?? 0,
  };
}

function appliersFor(context: SyncApplyContext): ChangeAppliers {
  return {
    ...createAccountAppliers(context, createAccountRowWriter(context.db)),
    ...createGuardianAppliers(context),
    ...createWrongLinkAppliers(context),
    ...createRosterApplier(context),
    ...createHubDecisionAppliers(context),
  };
}

// Each applier takes its own change type; the dispatch is checked by ChangeAppliers' mapping.
const applyOne = (appliers: ChangeAppliers, change: SyncedChange): ApplyOutcome =>
  (appliers[change.type] as (c: SyncedChange) => ApplyOutcome)(change);

/**
 * Applies one pulled page (docs/developers/sync.md) in one transaction (a savepoint inside the
 * caller's, which also moves hub_link.pull_cursor): every change, or none when one is invalid
 * (S-SYNC-6: each is parsed again with the protocol's schema) or cannot be applied. Each change
 * goes through the same rows as the local change it reports, with an audit row by actor 'sync'
 * and no journal event (it came from the hub; journaling it would send it back). A change about
 * an entity this kiosk changed itself since its last acknowledged push is skipped: the hub
 * orders the local change after it, so the local one wins everywhere.
 * `applied` counts the changes that wrote something; `skipped` the others (the skip rule, a
 * change already applied, people this kiosk does not hold).
 */
export function applyPulledChanges(
  db: KioskDatabase,
  changes: readonly PulledChange[],
  context: ApplyPulledContext,
): Result<{ applied: number; skipped: number }> {
  const parsed: SyncedChange[] = [];
  for (const pulled of changes) {
    const checked = syncedChangeSchema.safeParse(pulled.change);
    if (!checked.success) {
      return fail(
        'SYNC_CHANGE_INVALID',
        `Pulled change at version ${String(pulled.version)} is invalid: ${checked.error.message}`,
      );
    }
    parsed.push(checked.data);
  }
  try {
    return ok(
      db.transaction(() => {
        const applyContext = contextFor(db, context);
        const appliers = appliersFor(applyContext);
        const hasUnpushedLocalEvent = createUnpushedEventCheck(db);
        let applied = 0;
        for (const change of parsed) {
          const outcome = hasUnpushedLocalEvent(change) ? 'unchanged' : applyOne(appliers, change);
          if (outcome === 'applied') applied += 1;
        }
        return { applied, skipped: parsed.length - applied };
      })(),
    );
  } catch (error) {
    if (error instanceof PulledChangeRefusedError || error instanceof RosterImportError) {
      return fail('SYNC_CHANGE_INVALID', `Pulled page refused: ${error.message}`);
    }
    throw error;
  }
}
