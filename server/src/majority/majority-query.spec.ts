import type { BuilderGroup } from '@mehrheitsplaner/shared';
import { MajorityError } from './majority.errors';
import { parseMajorityQuery, type BuilderCouncil, type RawMajorityQuery } from './majority-query';

const groups: BuilderGroup[] = [
  { key: 'SPD', seats: 26, excluded: false },
  { key: 'GRUENE', seats: 13, excluded: false },
  { key: 'CDU', seats: 18, excluded: false },
  { key: 'AfD', seats: 14, excluded: true },
  { key: 'MAYOR', seats: 1, excluded: false, isMayor: true },
];
const council: BuilderCouncil = { votingMembers: 72, groups };
const coalition = ['SPD', 'GRUENE'];

function parse(query: RawMajorityQuery) {
  return parseMajorityQuery(query, council, coalition);
}

function codeOf(query: RawMajorityQuery): string | undefined {
  try {
    parse(query);
    return undefined;
  } catch (error) {
    return error instanceof MajorityError ? error.code : 'other';
  }
}

describe('parseMajorityQuery', () => {
  it('should parse firm, absent, abstain and the majority kind', () => {
    expect(
      parse({
        firm: 'SPD, GRUENE,MAYOR',
        absent: 'CDU:2,SPD:1',
        abstain: 'AfD',
        requiredMajority: 'absolute',
      }),
    ).toEqual({
      votingMembers: 72,
      requiredMajority: 'absolute',
      groups,
      firmKeys: ['SPD', 'GRUENE', 'MAYOR'],
      abstainKeys: ['AfD'],
      absent: { CDU: 2, SPD: 1 },
    });
  });

  it('should default to the coalition plus the mayor and a simple majority when empty', () => {
    expect(parse({})).toMatchObject({
      firmKeys: ['SPD', 'GRUENE', 'MAYOR'],
      requiredMajority: 'simple',
      abstainKeys: [],
      absent: {},
    });
  });

  it('should name an unknown group key', () => {
    expect(codeOf({ firm: 'SPD,XYZ' })).toBe('UNKNOWN_GROUP');
    expect(() => parse({ abstain: 'NOPE' })).toThrow('"NOPE"');
    expect(codeOf({ absent: 'NOPE:1' })).toBe('UNKNOWN_GROUP');
  });

  it('should reject absent items with bad syntax or more than the seats', () => {
    expect(codeOf({ absent: 'CDU' })).toBe('INVALID_ABSENT');
    expect(codeOf({ absent: 'CDU:-1' })).toBe('INVALID_ABSENT');
    expect(codeOf({ absent: 'CDU:x' })).toBe('INVALID_ABSENT');
    expect(codeOf({ absent: 'CDU:19' })).toBe('INVALID_ABSENT');
    expect(codeOf({ absent: 'CDU:10,CDU:9' })).toBe('INVALID_ABSENT');
    expect(codeOf({ absent: 'CDU:18' })).toBeUndefined();
  });

  it('should reject an unknown majority kind, an excluded firm group and firm+abstain', () => {
    expect(codeOf({ requiredMajority: 'huge' })).toBe('INVALID_REQUIRED_MAJORITY');
    expect(codeOf({ firm: 'SPD,AfD' })).toBe('EXCLUDED_GROUP_FIRM');
    expect(codeOf({ firm: 'SPD', abstain: 'SPD' })).toBe('CONFLICTING_GROUPS');
  });
});
