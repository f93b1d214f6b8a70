import type { RecoveryView } from '../../../shared/recovery-view';

/** The recovery view at one step: each step component gets exactly its own. */
export type RecoveryViewOf<S extends RecoveryView['step']> = Extract<RecoveryView, { step: S }>;
