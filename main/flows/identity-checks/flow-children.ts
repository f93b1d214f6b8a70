import { randomBytes } from 'node:crypto';
import type { ChildView } from '../../../shared/activation-view';
import { BIRTH_DATE_TRIES } from '../../policy/security-limits';

/** One child as the flow keeps it (flows.children JSON): the roster id never leaves main. */
export interface FlowChild {
  childKey: string;
  studentId: number;
  firstName: string;
  className: string | null;
  status: ChildView['status'];
  remainingAttempts: number;
}

export function parseChildren(json: string | null): FlowChild[] {
  if (!json) return [];
  return JSON.parse(json) as FlowChild[];
}

export const toChildView = (child: FlowChild): ChildView => ({
  childKey: child.childKey,
  firstName: child.firstName,
  className: child.className,
  status: child.status,
  remainingAttempts: child.remainingAttempts,
});

/** The "Continuer" button: every child answered and at least one confirmed. */
export const canContinue = (children: readonly FlowChild[]): boolean =>
  !children.some((c) => c.status === 'pending') && children.some((c) => c.status === 'confirmed');

/** A child to ask about in a flow, by an opaque per-flow key (never a roster id). */
export function newFlowChild(student: {
  id: number;
  first_name: string;
  class_name: string | null;
}): FlowChild {
  return {
    childKey: randomBytes(16).toString('base64url'),
    studentId: student.id,
    firstName: student.first_name,
    className: student.class_name,
    status: 'pending',
    remainingAttempts: BIRTH_DATE_TRIES,
  };
}
