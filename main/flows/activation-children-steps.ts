import { randomUUID } from 'node:crypto';
import type { ActivationView } from '../../shared/activation-view';
import type { RequestOf } from '../../shared/ipc-contract';
import { fail, ok, type Result } from '../../shared/result';
import { allocateIdentifier } from '../accounts/identifier-allocator';
import type { CallContext } from '../ipc/ipc-handlers';
import { auditStep, inTransaction, type ActivationContext } from './activation-context';
import { currentView } from './activation-identity-steps';
import { parseTypedBirthDate } from './birth-date';
import { parseChildren, type FlowChild } from './flow-children';
import { guardFlow } from './flow-guard';
import { guardianIdsOf, type FlowRow } from './flow-repository';

interface RosterRef {
  id: number;
  school_uai: string;
  source_id: string;
}

/** The flow's guardian who is legal guardian of this student (the one the report is about). */
function guardianOfStudent(context: ActivationContext, flow: FlowRow, studentId: number) {
  return context.db
    .prepare(
      `SELECT g.id, g.school_uai, g.source_id FROM guardians g
         JOIN guardian_students gs ON gs.guardian_id = g.id
        WHERE g.id IN (SELECT value FROM json_each(?)) AND gs.student_id = ? AND gs.legal_level = 1
        ORDER BY g.id LIMIT 1`,
    )
    .get(JSON.stringify(guardianIdsOf(flow)), studentId) as RosterRef | undefined;
}

const studentRef = (context: ActivationContext, studentId: number) =>
  context.db
    .prepare('SELECT id, school_uai, source_id, birth_date FROM students WHERE id = ?')
    .get(studentId) as (RosterRef & { birth_date: string }) | undefined;

/** "Non, je ne suis pas son représentant légal": a report for the secretariat. */
function reportWrongLink(
  context: ActivationContext,
  flow: FlowRow,
  child: FlowChild,
  now: Date,
): void {
  const guardian = guardianOfStudent(context, flow, child.studentId);
  const student = studentRef(context, child.studentId);
  if (!guardian || !student) throw new Error(`Flow ${flow.id}: child no longer in the roster`);
  const reportId = randomUUID();
  context.db
    .prepare(
      `INSERT INTO wrong_link_reports (id, created_at, flow_id, guardian_id, student_id)
       VALUES (?, ?, ?, ?, ?)`,
    )
    .run(reportId, now.toISOString(), flow.id, guardian.id, student.id);
  context.journal.record({
    at: now,
    type: 'wrong-link.reported',
    entityId: reportId,
    payload: {
      reportId,
      guardian: { schoolUai: guardian.school_uai, sourceId: guardian.source_id },
      student: { schoolUai: student.school_uai, sourceId: student.source_id },
    },
    audit: { actor: 'kiosk', guardianId: guardian.id, details: { flowId: flow.id, reportId } },
  });
  child.status = 'rejected';
}

type BirthDateOutcome = 'confirmed' | 'wrong' | 'exhausted';

function checkBirthDate(
  context: ActivationContext,
  flow: FlowRow,
  child: FlowChild,
  birthDate: string,
  now: Date,
): BirthDateOutcome {
  const student = studentRef(context, child.studentId);
  if (student && student.birth_date === birthDate) {
    child.status = 'confirmed';
    context.secretFailures.recordSuccess(guardianIdsOf(flow));
    return 'confirmed';
  }
  child.remainingAttempts -= 1;
  context.secretFailures.recordFailure(guardianIdsOf(flow), now);
  return child.remainingAttempts <= 0 ? 'exhausted' : 'wrong';
}

/** One child: "non" (report) or "oui" with the birth date (S-ENUM-3: 3 tries per child). */
export function answerChild(
  context: ActivationContext,
  call: CallContext,
  request: RequestOf<'activation.answerChild'>,
): Result<ActivationView> {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const guarded = guardFlow(context, call.sessionId, request.flowId, ['children'], now);
    if (!guarded.ok) return guarded;
    const flow = guarded.flow;
    const children = parseChildren(flow.children);
    const child = children.find((c) => c.childKey === request.childKey);
    if (!child) return fail('CHILD_UNKNOWN', 'No such child in this flow');
    if (child.status !== 'pending') return fail('FLOW_WRONG_STEP', 'This child was answered');

    if (!request.isLegalGuardian) {
      reportWrongLink(context, flow, child, now);
      if (children.every((c) => c.status === 'rejected')) {
        context.flows.end(flow.id, now, 'all-children-rejected');
        auditStep(context, now, 'activation.all-children-rejected', flow.id);
        return ok(currentView(context, flow.id));
      }
      context.flows.update(flow.id, now, { children: JSON.stringify(children) });
      return ok(currentView(context, flow.id));
    }

    const birthDate = parseTypedBirthDate(request.birthDate ?? '');
    if (!birthDate) return fail('BIRTHDATE_FORMAT', 'Not a real jj/mm/aaaa date');
    const outcome = checkBirthDate(context, flow, child, birthDate, now);
    auditStep(context, now, `activation.birthdate-${outcome}`, flow.id);
    if (outcome === 'exhausted') {
      context.flows.end(flow.id, now, 'too-many-birthdates');
      return fail('BIRTHDATE_TOO_MANY_ATTEMPTS', 'Too many wrong birth dates: the flow has ended');
    }
    if (context.secretFailures.anyLocked(guardianIdsOf(flow))) {
      context.flows.end(flow.id, now, 'guardian-locked');
      return fail('GUARDIAN_LOCKED', 'This guardian is locked after too many failed secrets');
    }
    context.flows.update(flow.id, now, { children: JSON.stringify(children) });
    if (outcome === 'wrong') {
      return fail('BIRTHDATE_MISMATCH', 'Wrong birth date', {
        remainingAttempts: child.remainingAttempts,
      });
    }
    return ok(currentView(context, flow.id));
  });
}

/** The guardian whose roster names make the identifier (the lowest id of the flow's set). */
export function flowGuardianNames(context: ActivationContext, flow: FlowRow) {
  const row = context.db
    .prepare(
      `SELECT first_name, family_name, usage_name FROM guardians
        WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT 1`,
    )
    .get(JSON.stringify(guardianIdsOf(flow))) as
    { first_name: string; family_name: string; usage_name: string | null } | undefined;
  if (!row) throw new Error(`Flow ${flow.id} has no guardian left in the roster`);
  return row;
}

/** Reserves the identifier (seed step 5) once every child is answered. */
export function continueToIdentifier(
  context: ActivationContext,
  call: CallContext,
  request: RequestOf<'activation.continueToIdentifier'>,
): Result<ActivationView> {
  return inTransaction(context.db, () => {
    const now = context.clock.now();
    const guarded = guardFlow(context, call.sessionId, request.flowId, ['children'], now);
    if (!guarded.ok) return guarded;
    const children = parseChildren(guarded.flow.children);
    if (children.some((c) => c.status === 'pending')) {
      return fail('CHILDREN_PENDING', 'A child is still unanswered');
    }
    if (!children.some((c) => c.status === 'confirmed')) {
      return fail('NO_CONFIRMED_CHILD', 'No child was confirmed');
    }
    const guardian = flowGuardianNames(context, guarded.flow);
    const identifier = allocateIdentifier(context.db, {
      firstName: guardian.first_name,
      lastName: guardian.usage_name?.trim() ? guardian.usage_name : guardian.family_name,
    });
    context.flows.update(request.flowId, now, {
      state: 'identifier',
      reserved_identifier: identifier,
    });
    auditStep(context, now, 'activation.identifier-reserved', request.flowId);
    return ok(currentView(context, request.flowId));
  });
}
