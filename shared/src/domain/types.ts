/** Domain vocabulary shared by server and client. String unions, no framework imports. */

export const REQUIRED_MAJORITIES = [
  'simple',
  'absolute',
  'twoThirdsStatutory',
  'twoThirdsCast',
] as const;
export type RequiredMajority = (typeof REQUIRED_MAJORITIES)[number];

/** What a group told the coalition about a motion (domain.md, whip counts). */
export const STANCES = ['yes', 'no', 'abstain', 'split', 'free', 'unknown'] as const;
export type Stance = (typeof STANCES)[number];

export const CONFIDENCES = ['confirmed', 'likely', 'uncertain'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** A recorded ballot of one member. */
export const BALLOT_VOTES = ['yes', 'no', 'abstain', 'absent', 'notVoting'] as const;
export type BallotVote = (typeof BALLOT_VOTES)[number];

/** The options a present member can choose in a vote. */
export const VOTE_OPTIONS = ['yes', 'no', 'abstain'] as const;
export type VoteOption = (typeof VOTE_OPTIONS)[number];

/** A member's expected vote in a whip override: an option, or away. */
export const MEMBER_WHIP_VOTES = [...VOTE_OPTIONS, 'absent'] as const;
export type MemberWhipVote = (typeof MEMBER_WHIP_VOTES)[number];

export const ROLES = ['admin', 'manager', 'councillor', 'committee'] as const;
export type Role = (typeof ROLES)[number];

/** The whip-count key the mayor's own entry uses (api.md). */
export const MAYOR_KEY = 'MAYOR';

/** Figures in the seed data carry how sure we are of them. */
export type SourcedFigure = { source: string | null; confidence: string };
