import { checkTransitionOrThrow, likePattern, voteRefusalText } from './motion-rules';
import { MotionsError } from './motions.errors';

function codeOf(work: () => void): string | undefined {
  try {
    work();
  } catch (error) {
    return error instanceof MotionsError ? error.code : 'other';
  }
  return undefined;
}

describe('motion rules', () => {
  it('should allow lifecycle steps and staying put', () => {
    expect(() => checkTransitionOrThrow('draft', 'submitted')).not.toThrow();
    expect(() => checkTransitionOrThrow('onAgenda', 'withdrawn')).not.toThrow();
    expect(() => checkTransitionOrThrow('draft', 'draft')).not.toThrow();
  });

  it('should ask for a recorded vote when a plain change sets adopted or rejected', () => {
    expect(codeOf(() => checkTransitionOrThrow('onAgenda', 'adopted'))).toBe('STATUS_NEEDS_VOTE');
    expect(codeOf(() => checkTransitionOrThrow('draft', 'rejected'))).toBe('STATUS_NEEDS_VOTE');
    expect(() => checkTransitionOrThrow('onAgenda', 'adopted')).toThrow('erfassten Abstimmung');
  });

  it('should name from → to in German words when a step is not allowed', () => {
    expect(() => checkTransitionOrThrow('draft', 'postponed')).toThrow('„Entwurf“ → „vertagt“');
    expect(codeOf(() => checkTransitionOrThrow('adopted', 'onAgenda'))).toBe('INVALID_TRANSITION');
    expect(() => checkTransitionOrThrow('adopted', 'onAgenda')).toThrow('abgeschlossen');
    expect(codeOf(() => checkTransitionOrThrow('withdrawn', 'adopted'))).toBe('INVALID_TRANSITION');
  });

  it('should word a vote refusal without a raw status key', () => {
    expect(voteRefusalText('withdrawn')).toContain('„zurückgezogen“');
    expect(voteRefusalText('adopted')).toContain('bereits abgestimmt');
    expect(voteRefusalText('withdrawn')).not.toContain('withdrawn');
  });

  it('should escape LIKE wildcards when building a search pattern', () => {
    expect(likePattern('50%_A\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
