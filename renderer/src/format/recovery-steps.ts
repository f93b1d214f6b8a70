// Where each recovery step sits in its flow ("Étape N sur M"). Pure.
import type { RecoveryKind, RecoveryStep } from '../../../shared/recovery-view';

export interface RecoveryStepPlace {
  n: number;
  total: number;
  /** i18n key of the step's short name. */
  name: string;
}

const TOTALS: Record<RecoveryKind, number> = { identifier: 3, password: 4 };

/** Identifiant perdu: identité, code, identifiant. Mot de passe perdu: identité, code, vérification, mot de passe. */
export function recoveryStepPlace(
  kind: RecoveryKind,
  step: RecoveryStep,
): RecoveryStepPlace | null {
  const total = TOTALS[kind];
  switch (step) {
    case 'identity':
    case 'confirm-send':
      return { n: 1, total, name: 'recovery.steps.identity' };
    case 'code':
      return { n: 2, total, name: 'recovery.steps.code' };
    case 'birth-date':
      return { n: 3, total, name: 'recovery.steps.birthDate' };
    case 'new-password':
      return { n: 4, total, name: 'recovery.steps.password' };
    case 'done':
      return kind === 'identifier' ? { n: 3, total, name: 'recovery.steps.identifier' } : null;
    case 'ended':
      return null;
  }
}
