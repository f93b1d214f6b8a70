// What the shared flow forms need from the store behind them. The activation and recovery
// stores both fit, so one form serves both flows.
import type { ReceivedError } from '../format/error-message';

export interface FlowFormSource {
  readonly busy: boolean;
  readonly error: ReceivedError | null;
  /** Bumped by each error that keeps the parent on the same screen (it gets the focus). */
  readonly errorSerial: number;
}

export interface CodeEntrySource extends FlowFormSource {
  /** A short confirmation to announce (i18n key), e.g. after a resend. */
  readonly notice: string | null;
  submitCode(code: string): Promise<boolean>;
  resendCode(): Promise<boolean>;
}

export interface NewPasswordSource extends FlowFormSource {
  setPassword(password: string, confirmation: string): Promise<boolean>;
}
