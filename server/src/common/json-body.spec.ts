import { jsonDepthExceeds } from './json-body';
import { parseIdOrThrow } from './parse-id.pipe';

describe('jsonDepthExceeds', () => {
  it('should count a flat object as one level and each nesting as one more', () => {
    expect(jsonDepthExceeds({ a: 1 }, 1)).toBe(false);
    expect(jsonDepthExceeds({ a: [1] }, 1)).toBe(true);
    expect(jsonDepthExceeds({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(jsonDepthExceeds('text', 1)).toBe(false);
  });

  it('should walk 100,000 levels without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(jsonDepthExceeds(deep, 32)).toBe(true);
  });
});

describe('parseIdOrThrow', () => {
  it('should accept positive decimal integers', () => {
    expect(parseIdOrThrow('1')).toBe(1);
    expect(parseIdOrThrow('4711')).toBe(4711);
    expect(parseIdOrThrow('2147483647')).toBe(2147483647);
  });

  it.each(['0', '-1', '1e3', '0x10', '1.5', ' 1', '01', '', '1234567890123456', '2147483648'])(
    'should refuse "%s" with INVALID_ID',
    (raw) => {
      let thrown: unknown;
      try {
        parseIdOrThrow(raw);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ code: 'INVALID_ID' });
    },
  );
});
