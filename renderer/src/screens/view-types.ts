import type { ActivationStep, ActivationView } from '../../../shared/activation-view';

export type ViewOf<S extends ActivationStep> = Extract<ActivationView, { step: S }>;
