// The public view of an activation flow: exactly what the current screen needs, nothing more
// (no codes, no other guardian's data, children by first name and class only).

/** Why a flow ended; a list as well as a type, so the renderer can check a received reason. */
export const ACTIVATION_END_REASONS = [
  'expired', // S-OTP-2: the code timed out
  'flow-expired', // the attempt outlived flowTtlSeconds (or the kiosk lost it)
  'too-many-codes', // S-OTP-5
  'too-many-birthdates', // S-ENUM-3
  'all-children-rejected', // every child answered "non"
  'guardian-locked', // S-RATE-1
  'abandoned',
] as const;

export type ActivationEndReason = (typeof ACTIVATION_END_REASONS)[number];

export interface ChildView {
  /** Opaque key valid in this flow only; never a roster id. */
  childKey: string;
  firstName: string;
  className: string | null;
  status: 'pending' | 'confirmed' | 'rejected';
  /** Birth-date tries left for this child (S-ENUM-3). */
  remainingAttempts: number;
}

export interface CodeStatus {
  /** Masked as S-KIOSK-3 wants: "06 •• •• •• 78". */
  maskedPhone: string;
  sentAt: string; // ISO 8601
  expiresAt: string; // ISO 8601
  validityMinutes: number;
  resendAvailableAt: string; // ISO 8601
  remainingAttempts: number;
}

interface ViewBase {
  flowId: string;
  /** The flow itself ends at this instant (ISO 8601). */
  expiresAt: string;
}

export type ActivationView =
  | (ViewBase & { step: 'identity' })
  | (ViewBase & { step: 'confirm-send'; maskedPhone: string })
  | (ViewBase & { step: 'code'; code: CodeStatus })
  | (ViewBase & { step: 'children'; children: ChildView[]; canContinue: boolean })
  | (ViewBase & { step: 'identifier'; identifier: string })
  | (ViewBase & { step: 'password'; identifier: string })
  | (ViewBase & { step: 'done'; identifier: string; firstName: string })
  | (ViewBase & { step: 'already-activated'; identifier: string; firstName: string })
  | (ViewBase & { step: 'ended'; reason: ActivationEndReason });

export type ActivationStep = ActivationView['step'];
