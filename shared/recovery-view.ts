// The public view of a recovery flow ("Identifiant perdu", "Mot de passe perdu"): what the
// current screen needs and nothing more. S-ENUM-4: every view is the same whether or not the
// person has an account, up to the code (which never verifies when nobody matched).
import type { ActivationEndReason } from './activation-view';

export const RECOVERY_KINDS = ['identifier', 'password'] as const;
export type RecoveryKind = (typeof RECOVERY_KINDS)[number];

/** Recovery ends for a subset of the activation's reasons (same French texts). */
export type RecoveryEndReason = Extract<
  ActivationEndReason,
  | 'expired'
  | 'flow-expired'
  | 'too-many-codes'
  | 'too-many-birthdates'
  | 'guardian-locked'
  | 'abandoned'
>;

export interface RecoveryCodeStatus {
  /** The typed mobile, masked (S-KIOSK-3); null when the person typed an identifier only. */
  maskedPhone: string | null;
  expiresAt: string; // ISO 8601
  validityMinutes: number;
  resendAvailableAt: string; // ISO 8601
  remainingAttempts: number;
}

interface RecoveryViewBase {
  flowId: string;
  kind: RecoveryKind;
  /** The flow itself ends at this instant (ISO 8601). */
  expiresAt: string;
}

export type RecoveryView =
  | (RecoveryViewBase & { step: 'identity' })
  | (RecoveryViewBase & { step: 'confirm-send'; maskedPhone: string | null })
  | (RecoveryViewBase & { step: 'code'; code: RecoveryCodeStatus })
  /** "Mot de passe perdu": one child's birth date as a second check (S-ENUM-3 tries). */
  | (RecoveryViewBase & {
      step: 'birth-date';
      child: { firstName: string; className: string | null };
      remainingAttempts: number;
    })
  | (RecoveryViewBase & { step: 'new-password'; identifier: string })
  /** Identifier found (shown very large), or password changed (identifier for the login). */
  | (RecoveryViewBase & { step: 'done'; identifier: string })
  | (RecoveryViewBase & { step: 'ended'; reason: RecoveryEndReason });

export type RecoveryStep = RecoveryView['step'];
