import { checkTransitionOrThrow, likePattern } from './motion-rules';
import { MotionsError } from './motions.errors';

describe('motion rules', () => {
  it('should allow lifecycle steps and staying put', () => {
    expect(() => checkTransitionOrThrow('draft', 'submitted')).not.toThrow();
    expect(() => checkTransitionOrThrow('onAgenda', 'adopted')).not.toThrow();
    expect(() => checkTransitionOrThrow('draft', 'draft')).not.toThrow();
  });

  it('should name from → to when a step is not allowed', () => {
    expect(() => checkTransitionOrThrow('draft', 'adopted')).toThrow('draft → adopted');
    expect(() => checkTransitionOrThrow('adopted', 'onAgenda')).toThrow(MotionsError);
    expect(() => checkTransitionOrThrow('adopted', 'onAgenda')).toThrow('abgeschlossen');
  });

  it('should escape LIKE wildcards when building a search pattern', () => {
    expect(likePattern('50%_A\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
