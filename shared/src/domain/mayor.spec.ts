import { mayorVotesInCouncil, mayorVotesOn, votingMembersOf } from './mayor';

describe('the mayor rule', () => {
  it('should let the mayor vote in the council only when the setting says so and a mayor exists', () => {
    expect(mayorVotesInCouncil(true, true)).toBe(true);
    expect(mayorVotesInCouncil(true, false)).toBe(false);
    expect(mayorVotesInCouncil(false, true)).toBe(false);
  });

  it('should drop the mayor on a motion that says he does not vote, and where he does not vote at all', () => {
    expect(mayorVotesOn({ mayorVotes: true }, { mayorVotes: true })).toBe(true);
    expect(mayorVotesOn({ mayorVotes: true }, { mayorVotes: false })).toBe(false);
    expect(mayorVotesOn({ mayorVotes: false }, { mayorVotes: true })).toBe(false);
  });

  it('should count V as the seats plus the voting mayor', () => {
    expect(votingMembersOf(92, true)).toBe(93);
    expect(votingMembersOf(92, false)).toBe(92);
  });
});
