import { REQUIRED_MAJORITIES } from '../domain/types';
import { literalMeets } from './__fixtures__/domain-oracle';
import { assertUnreachable, hasQuorum, meetsMajority, requiredYes } from './majority-rules';

const BOCHUM_V = 93;
const WITHOUT_MAYOR_V = 92;

describe('hasQuorum (§ 49 Abs. 1 GO NRW: present > V / 2)', () => {
  it('should fail when 46 of 93 voting members are present', () => {
    expect(hasQuorum(46, BOCHUM_V)).toBe(false);
  });

  it('should hold when 47 of 93 voting members are present', () => {
    expect(hasQuorum(47, BOCHUM_V)).toBe(true);
  });

  it('should fail when exactly half of an even V (46 of 92) is present', () => {
    expect(hasQuorum(46, WITHOUT_MAYOR_V)).toBe(false);
  });

  it('should hold when one more than half of an even V (47 of 92) is present', () => {
    expect(hasQuorum(47, WITHOUT_MAYOR_V)).toBe(true);
  });

  it('should hold when every voting member is present', () => {
    expect(hasQuorum(BOCHUM_V, BOCHUM_V)).toBe(true);
  });

  it('should fail when nobody is present', () => {
    expect(hasQuorum(0, BOCHUM_V)).toBe(false);
  });
});

describe('simple majority (§ 50 Abs. 1, 5 GO NRW: Y > N)', () => {
  it('should pass when yes outnumber no by one', () => {
    expect(meetsMajority('simple', 47, 46, BOCHUM_V)).toBe(true);
  });

  it('should reject when yes and no tie', () => {
    expect(meetsMajority('simple', 46, 46, BOCHUM_V)).toBe(false);
  });

  it('should reject when yes and no are both zero', () => {
    expect(meetsMajority('simple', 0, 0, BOCHUM_V)).toBe(false);
  });

  it('should reject when no outnumber yes', () => {
    expect(meetsMajority('simple', 40, 41, BOCHUM_V)).toBe(false);
  });

  it('should pass when yes beat no although abstentions (not an input) would outnumber both', () => {
    // 10 yes, 9 no, 74 abstentions: abstentions do not count.
    expect(meetsMajority('simple', 10, 9, BOCHUM_V)).toBe(true);
  });

  it('should pass when a single yes meets no opposition', () => {
    expect(meetsMajority('simple', 1, 0, BOCHUM_V)).toBe(true);
  });

  it('should require N + 1 yes votes when N no votes are cast', () => {
    expect([0, 1, 18, 46].map((no) => requiredYes('simple', no, BOCHUM_V))).toEqual([1, 2, 19, 47]);
  });
});

describe('absolute majority of statutory members (§ 7 Abs. 3 GO NRW: Y >= floor(V/2) + 1)', () => {
  it('should require 47 yes votes when V is 93', () => {
    expect(requiredYes('absolute', 0, BOCHUM_V)).toBe(47);
  });

  it('should require 47 yes votes when V is 92', () => {
    expect(requiredYes('absolute', 0, WITHOUT_MAYOR_V)).toBe(47);
  });

  it('should pass when 47 of 93 vote yes', () => {
    expect(meetsMajority('absolute', 47, 0, BOCHUM_V)).toBe(true);
  });

  it('should reject when 46 of 93 vote yes even with no vote against', () => {
    expect(meetsMajority('absolute', 46, 0, BOCHUM_V)).toBe(false);
  });

  it('should pass when 47 of 92 vote yes', () => {
    expect(meetsMajority('absolute', 47, 45, WITHOUT_MAYOR_V)).toBe(true);
  });

  it('should reject when 46 of 92 vote yes', () => {
    expect(meetsMajority('absolute', 46, 0, WITHOUT_MAYOR_V)).toBe(false);
  });

  it('should not depend on the no votes when the quota is met', () => {
    expect([0, 20, 46].map((no) => requiredYes('absolute', no, BOCHUM_V))).toEqual([47, 47, 47]);
  });
});

describe('two-thirds of statutory members (§ 71 Abs. 7 GO NRW: Y >= ceil(2V/3))', () => {
  it('should require 62 yes votes when V is 93', () => {
    expect(requiredYes('twoThirdsStatutory', 0, BOCHUM_V)).toBe(62);
  });

  it('should require 62 yes votes when V is 92 (ceil(184 / 3))', () => {
    expect(requiredYes('twoThirdsStatutory', 0, WITHOUT_MAYOR_V)).toBe(62);
  });

  it('should require exactly two thirds when V is divisible by three', () => {
    expect(requiredYes('twoThirdsStatutory', 0, 90)).toBe(60);
  });

  it('should pass when 62 of 93 vote yes', () => {
    expect(meetsMajority('twoThirdsStatutory', 62, 31, BOCHUM_V)).toBe(true);
  });

  it('should reject when 61 of 93 vote yes even with no vote against', () => {
    expect(meetsMajority('twoThirdsStatutory', 61, 0, BOCHUM_V)).toBe(false);
  });

  it('should reject when 61 of 92 vote yes', () => {
    expect(meetsMajority('twoThirdsStatutory', 61, 0, WITHOUT_MAYOR_V)).toBe(false);
  });

  it('should pass when 62 of 92 vote yes', () => {
    expect(meetsMajority('twoThirdsStatutory', 62, 30, WITHOUT_MAYOR_V)).toBe(true);
  });
});

describe('two-thirds of votes cast (3Y >= 2(Y + N) and Y > N)', () => {
  it('should pass when yes are exactly twice the no votes', () => {
    expect(meetsMajority('twoThirdsCast', 20, 10, BOCHUM_V)).toBe(true);
  });

  it('should reject when yes are one short of twice the no votes', () => {
    expect(meetsMajority('twoThirdsCast', 19, 10, BOCHUM_V)).toBe(false);
  });

  it('should pass when a single yes meets no opposition (N = 0)', () => {
    expect(meetsMajority('twoThirdsCast', 1, 0, BOCHUM_V)).toBe(true);
  });

  it('should reject when nobody votes yes and nobody votes no (Y = 0, N = 0)', () => {
    expect(meetsMajority('twoThirdsCast', 0, 0, BOCHUM_V)).toBe(false);
  });

  it('should pass when two yes face one no', () => {
    expect(meetsMajority('twoThirdsCast', 2, 1, BOCHUM_V)).toBe(true);
  });

  it('should reject when one yes faces one no', () => {
    expect(meetsMajority('twoThirdsCast', 1, 1, BOCHUM_V)).toBe(false);
  });

  it('should not depend on V when the votes cast are given', () => {
    expect(meetsMajority('twoThirdsCast', 20, 10, 1000)).toBe(true);
  });

  it('should require max(2N, N + 1) yes votes when N no votes are cast', () => {
    expect([0, 1, 2, 10, 31].map((no) => requiredYes('twoThirdsCast', no, BOCHUM_V))).toEqual([
      1, 2, 4, 20, 62,
    ]);
  });
});

describe('requiredYes', () => {
  it.each(REQUIRED_MAJORITIES)(
    'should be the smallest yes count meeting the %s rule when checked against the literal formula',
    (kind) => {
      for (const v of [1, 2, 3, 10, 92, 93]) {
        for (let no = 0; no <= v; no++) {
          const required = requiredYes(kind, no, v);
          expect(literalMeets(kind, required, no, v)).toBe(true);
          expect(literalMeets(kind, required - 1, no, v)).toBe(false);
          expect(meetsMajority(kind, required, no, v)).toBe(true);
          expect(meetsMajority(kind, required - 1, no, v)).toBe(false);
        }
      }
    },
  );
});

describe('assertUnreachable', () => {
  it('should throw when an unknown majority kind reaches a switch', () => {
    const unknownKind = 'unanimous' as never;
    expect(() => assertUnreachable(unknownKind)).toThrow('Unhandled case: unanimous');
    expect(() => requiredYes(unknownKind, 0, BOCHUM_V)).toThrow('Unhandled case: unanimous');
  });
});
