import type { PushedEventHandler } from '../sync/push-context';
import { pushedChange } from './pushed-change';
import { recordReservations } from './record-reservations';
import { reserveIdentifiers } from './reserve-identifiers';

/**
 * A roster imported at a kiosk: the later snapshot in hub order is the school's roster (the
 * earlier ones leave pull: a new kiosk bootstraps from the latest only), and every legal guardian
 * without an identifier in the group gets one reserved, which every kiosk of the school pulls.
 */
export const applyRosterImported: PushedEventHandler = async (context) => {
  const change = pushedChange(context, 'roster.imported');
  // Thousands of guardians make these statements look costly to the planner, and JIT compiling
  // them takes longer than running them: off for the rest of this push's transaction only.
  await context.db.query('SET LOCAL jit = off');
  // recordChange supersedes the school's earlier snapshots (hub/sync/record-change.ts).
  await context.recordChange(change, context.kioskId);
  await recordReservations(context, await reserveIdentifiers(context, change.snapshot));
};
