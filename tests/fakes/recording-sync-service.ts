// A stand-in for the kiosk's SyncService (main/sync/sync-service.ts) at the console's boundary
// only: it records what the console's handlers asked, answers like an un-enrolled kiosk until an
// enrolment is accepted, and can be told to refuse the next enrolment as the real one would.
import type { SyncService } from '../../main/sync/sync-service';
import { fail, ok, type KioskError, type Result } from '../../shared/result';
import type { SyncConflictView, SyncStatusView } from '../../shared/sync/sync-status-view';

type Enrolled = Extract<SyncStatusView, { enrolled: true }>;

export class RecordingSyncService implements SyncService {
  readonly enrolments: { hubUrl: string; code: string; kioskLabel: string }[] = [];
  readonly acknowledged: { conflictId: string; staffActor: string }[] = [];
  syncNowCalls = 0;
  private view: SyncStatusView = { enrolled: false };
  private refusal: KioskError | null = null;

  /** The next enrol() answers this error and changes nothing. */
  refuseNextEnrolment(code: KioskError['code']): void {
    this.refusal = { code, message: `stand-in refusal ${code}` };
  }

  /** Puts the kiosk in an enrolled state with these facts (as a sync would have left it). */
  setEnrolled(facts: Partial<Enrolled> = {}): void {
    this.view = { ...enrolledView(), ...facts };
  }

  status(): SyncStatusView {
    return this.view;
  }

  async syncNow(): Promise<SyncStatusView> {
    this.syncNowCalls += 1;
    if (this.view.enrolled) {
      this.view = { ...this.view, lastSuccessAt: '2025-10-06T08:05:00.000Z', waitingEvents: 0 };
    }
    return this.view;
  }

  async enrol(input: {
    hubUrl: string;
    code: string;
    kioskLabel: string;
  }): Promise<Result<SyncStatusView>> {
    this.enrolments.push(input);
    const refusal = this.refusal;
    this.refusal = null;
    if (refusal) return { ok: false, error: refusal };
    this.view = { ...enrolledView(), hubUrl: input.hubUrl, kioskLabel: input.kioskLabel };
    return ok(this.view);
  }

  acknowledgeConflict(conflictId: string, staffActor: string): Result<SyncStatusView> {
    const current = this.view;
    if (!current.enrolled || !current.conflicts.some((c) => c.id === conflictId)) {
      return fail('CONFLICT_NOT_FOUND', 'No open conflict with this id');
    }
    this.acknowledged.push({ conflictId, staffActor });
    this.view = { ...current, conflicts: current.conflicts.filter((c) => c.id !== conflictId) };
    return ok(this.view);
  }

  start(): void {}
  async stop(): Promise<void> {}
}

export const SAMPLE_CONFLICT: SyncConflictView = {
  id: '6f1c2a8e-3b4d-4c5e-9f60-7a8b9c0d1e2f',
  kind: 'same-guardian-activated-twice',
  recordedAt: '2025-10-06T07:55:00.000Z',
  guardian: { id: 1, displayName: 'Patrick DUPONT' },
  detail: { keptIdentifier: 'patrick.dupont1', retiredIdentifier: 'patrick.dupont10001' },
};

const enrolledView = (): Enrolled => ({
  enrolled: true,
  hubUrl: 'https://hub.exemple.fr',
  schoolUai: '0751234A',
  schoolName: 'Collège Victor Hugo',
  kioskLabel: 'Kiosque du hall',
  enrolledAt: '2025-10-06T08:00:00.000Z',
  lastSuccessAt: null,
  waitingEvents: 0,
  unreachableSince: null,
  lastError: null,
  nextTryAt: null,
  conflicts: [],
});
