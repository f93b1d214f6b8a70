// Rules about the activation steps that several screens and the store share. Pure.
import type { ActivationEndReason, ActivationStep } from '../../../shared/activation-view';
import type { RecoveryStep } from '../../../shared/recovery-view';

/** Steps after which a flow (activation or recovery) is over in the main process. */
const CLOSED_STEPS: readonly string[] = ['ended', 'done', 'already-activated'];

export function isClosedStep(step: ActivationStep | RecoveryStep): boolean {
  return CLOSED_STEPS.includes(step);
}

/**
 * "Abandonner" asks first from step 2 (an SMS was sent; children, identifier, password): one
 * tap there would throw away several screens of answers.
 */
const ASK_BEFORE_ABANDON: readonly ActivationStep[] = [
  'code',
  'children',
  'identifier',
  'password',
];

export function asksBeforeAbandon(step: ActivationStep | null | undefined): boolean {
  return step !== null && step !== undefined && ASK_BEFORE_ABANDON.includes(step);
}

export interface EndedActions {
  /** The big button: "Retour à l'accueil" or "Recommencer". */
  primary: 'home' | 'restart';
  /** Whether "Recommencer" is offered at all. */
  restart: boolean;
  /** Whether "Recommencer" fills the identity form again with what was typed. */
  keepIdentity: boolean;
}

/**
 * When the text sends the parent to the secretariat, the way out is the big button and
 * "Recommencer" starts from an empty form (or is not offered: a locked account stays locked).
 */
export function endedActions(reason: ActivationEndReason): EndedActions {
  switch (reason) {
    case 'guardian-locked':
      return { primary: 'home', restart: false, keepIdentity: false };
    case 'all-children-rejected':
    case 'too-many-birthdates':
      return { primary: 'home', restart: true, keepIdentity: false };
    default:
      return { primary: 'restart', restart: true, keepIdentity: true };
  }
}
