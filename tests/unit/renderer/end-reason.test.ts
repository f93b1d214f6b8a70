import { describe, expect, it } from 'vitest';
import { endReasonForError } from '../../../renderer/src/stores/activation';

describe('the "ended" screen an error leads to', () => {
  it('shows the reason the main process gives with FLOW_ENDED, not a guess', () => {
    expect(
      endReasonForError({ code: 'FLOW_ENDED', message: '', details: { reason: 'too-many-codes' } }),
    ).toBe('too-many-codes');
    expect(
      endReasonForError({
        code: 'FLOW_ENDED',
        message: '',
        details: { reason: 'guardian-locked' },
      }),
    ).toBe('guardian-locked');
    expect(endReasonForError({ code: 'FLOW_ENDED', message: '' })).toBe('abandoned');
  });

  it('tells an expired code (the seed: start again for a new code) from a timed-out attempt', () => {
    expect(endReasonForError({ code: 'CODE_EXPIRED', message: '' })).toBe('expired');
    expect(endReasonForError({ code: 'FLOW_EXPIRED', message: '' })).toBe('flow-expired');
    expect(endReasonForError({ code: 'FLOW_NOT_FOUND', message: '' })).toBe('flow-expired');
  });

  it('leaves the parent on the screen for an error they can correct', () => {
    expect(endReasonForError({ code: 'CODE_INVALID', message: '' })).toBeNull();
    expect(endReasonForError({ code: 'IDENTITY_MISMATCH', message: '' })).toBeNull();
  });
});
