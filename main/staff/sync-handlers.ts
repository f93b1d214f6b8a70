// Réglages → Hub (docs/developers/sync.md): what the secretariat sees and does of this kiosk's
// sync. Every channel needs a staff login (S-SEC-1); the sync itself is the SyncService's, which
// these handlers only call with input they have checked against the wire protocol's own bounds.
import { z } from 'zod';
import type { Channel } from '../../shared/ipc-contract';
import { fail, ok, type Result } from '../../shared/result';
import { enrolRequestSchema } from '../../shared/sync/sync-protocol';
import { inTransaction } from '../database/in-transaction';
import type { KioskDatabase } from '../database/open-database';
import type { IpcHandlers } from '../ipc/ipc-handlers';
import type { Journal } from '../journal/journal';
import type { Clock } from '../platform/clock';
import type { SyncService } from '../sync/sync-service';
import { staffActor, type RequireStaff, type StaffIdentity } from './require-staff';

export type SyncChannel = Extract<Channel, `console.sync${string}`>;

/** The enrolment form as typed, trimmed; each field's refusal names its own error code. */
const enrolmentForm = z.object({
  hubUrl: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .refine((typed) => URL.canParse(typed), 'not a web address'),
  code: z.string().trim().pipe(enrolRequestSchema.shape.code),
  kioskLabel: z.string().trim().pipe(enrolRequestSchema.shape.kioskLabel),
});

const FIELD_ERRORS = {
  hubUrl: fail('HUB_URL_INVALID', 'The hub address is not a web address'),
  code: fail('ENROLMENT_CODE_FORMAT', 'The enrolment code has not the length of one'),
  kioskLabel: fail('KIOSK_LABEL_INVALID', 'The kiosk label is empty or too long'),
} as const;

export function createSyncHandlers(deps: {
  db: KioskDatabase;
  clock: Clock;
  journal: Journal;
  requireStaff: RequireStaff;
  /** Absent on a host that runs no sync (embedded cores): every channel says so. */
  sync: SyncService | null;
}): Pick<IpcHandlers, SyncChannel> {
  const { requireStaff, sync } = deps;
  const withSync =
    <R, T>(work: (service: SyncService, staff: StaffIdentity, request: R) => Promise<Result<T>>) =>
    async (call: { sessionId: string }, request: R): Promise<Result<T>> => {
      const staff = requireStaff(call);
      if (!staff.ok) return staff;
      if (!sync) return fail('SYNC_UNAVAILABLE', 'This host runs no sync service');
      return work(sync, staff.value, request);
    };

  return {
    'console.syncStatus': withSync(async (service) => ok(service.status())),
    'console.syncNow': withSync(async (service) => ok(await service.syncNow())),
    'console.syncEnrol': withSync(async (service, staff, request) => {
      const form = enrolmentForm.safeParse(request);
      if (!form.success) {
        // The first field refused, in the form's order, so the screen puts its focus there.
        const refused = new Set(form.error.issues.map((issue) => String(issue.path[0])));
        const field = (['hubUrl', 'code', 'kioskLabel'] as const).find((key) => refused.has(key));
        return FIELD_ERRORS[field ?? 'hubUrl'];
      }
      const enrolled = await service.enrol(form.data);
      if (enrolled.ok && enrolled.value.enrolled) {
        const view = enrolled.value;
        // Who joined this kiosk to which hub: the credential never goes into the audit log.
        inTransaction(deps.db, () =>
          deps.journal.audit(deps.clock.now(), staffActor(staff), 'sync.enrolled', null, {
            hubUrl: view.hubUrl,
            schoolUai: view.schoolUai,
            kioskLabel: view.kioskLabel,
          }),
        );
      }
      return enrolled;
    }),
    'console.syncAcknowledgeConflict': withSync(async (service, staff, request) =>
      service.acknowledgeConflict(request.conflictId, staffActor(staff)),
    ),
  };
}
