import { randomUUID } from 'node:crypto';
import type { ActivationView } from '../../../shared/activation-view';
import type { RequestOf } from '../../../shared/ipc-contract';
import { fail, ok, type Result } from '../../../shared/result';
import { auditStep } from '../engine/flow-audit';
import type { FlowStep } from '../engine/flow-machine';
import type { ActivationContext } from './activation-context';
import { parseTypedBirthDate } from '../identity-checks/birth-date';
import { parseChildren, type FlowChild } from '../identity-checks/flow-children';
import { guardianIdsOf, type FlowRow } from '../engine/flow-repository';

/** "Non, je ne suis pas son représentant légal": a report for the secretariat. */
function reportWrongLink(
  context: ActivationContext,
  flow: FlowRow,
  child: FlowChild,
  now: Date,
): void {
  const guardian = context.roster.legalGuardianOf(guardianIdsOf(flow), child.studentId);
  const student = context.roster.student(child.studentId);
  if (!guardian || !student) throw new Error(`Flow ${flow.id}: child no longer in the roster`);
  const reportId = randomUUID();
  context.roster.recordWrongLinkReport({
    id: reportId,
    at: now,
    flowId: flow.id,
    guardianId: guardian.id,
    studentId: student.id,
  });
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
  const student = context.roster.student(child.studentId);
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
  step: FlowStep<ActivationView>,
  request: RequestOf<'activation.answerChild'>,
): Result<ActivationView> {
  return step.run((flow, now, move) => {
    const children = parseChildren(flow.children);
    const child = children.find((c) => c.childKey === request.childKey);
    if (!child) return fail('CHILD_UNKNOWN', 'No such child in this flow');
    if (child.status !== 'pending') return fail('FLOW_WRONG_STEP', 'This child was answered');

    if (!request.isLegalGuardian) {
      reportWrongLink(context, flow, child, now);
      if (children.every((c) => c.status === 'rejected')) {
        const ended = move.end('all-children-rejected');
        auditStep(context, now, 'activation.all-children-rejected', flow.id);
        return ok(step.view(ended));
      }
      const updated = context.flows.update(flow.id, now, { children: JSON.stringify(children) });
      return ok(step.view(updated));
    }

    const birthDate = parseTypedBirthDate(request.birthDate ?? '');
    if (!birthDate) return fail('BIRTHDATE_FORMAT', 'Not a real jj/mm/aaaa date');
    const outcome = checkBirthDate(context, flow, child, birthDate, now);
    auditStep(context, now, `activation.birthdate-${outcome}`, flow.id);
    if (outcome === 'exhausted') {
      move.end('too-many-birthdates');
      return fail('BIRTHDATE_TOO_MANY_ATTEMPTS', 'Too many wrong birth dates: the flow has ended');
    }
    if (context.secretFailures.anyLocked(guardianIdsOf(flow))) {
      move.end('guardian-locked');
      return fail('GUARDIAN_LOCKED', 'This guardian is locked after too many failed secrets');
    }
    const updated = context.flows.update(flow.id, now, { children: JSON.stringify(children) });
    if (outcome === 'wrong') {
      return fail('BIRTHDATE_MISMATCH', 'Wrong birth date', {
        remainingAttempts: child.remainingAttempts,
      });
    }
    return ok(step.view(updated));
  });
}

/** Reserves the identifier (seed step 5) once every child is answered. */
export function continueToIdentifier(
  context: ActivationContext,
  step: FlowStep<ActivationView>,
): Result<ActivationView> {
  return step.run((flow, now, move) => {
    const children = parseChildren(flow.children);
    if (children.some((c) => c.status === 'pending')) {
      return fail('CHILDREN_PENDING', 'A child is still unanswered');
    }
    if (!children.some((c) => c.status === 'confirmed')) {
      return fail('NO_CONFIRMED_CHILD', 'No child was confirmed');
    }
    const guardianIds = guardianIdsOf(flow);
    const identifier = context.allocateIdentifier(
      context.roster.identifierNameOf(guardianIds),
      guardianIds,
    );
    const updated = move.to('identifier', { reserved_identifier: identifier });
    auditStep(context, now, 'activation.identifier-reserved', flow.id);
    return ok(step.view(updated));
  });
}
