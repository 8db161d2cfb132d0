import type { MajorityRule, QuorumRule } from '../domain/body-rules';
import type { CouncilView } from './contract';

/**
 * Bodies (Gremien) and their dated memberships (api.md "Bodies and the path of a motion").
 * The Rat is the body `RAT`: /api/council describes it and its members are the council's.
 */
export const COUNCIL_BODY_KEY = 'RAT';

export const BODY_KINDS = ['council', 'committee', 'district'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const BODY_ROLES = ['member', 'chair', 'deputy'] as const;
export type BodyRole = (typeof BODY_ROLES)[number];

/**
 * One row of GET /api/bodies. `seats` counts every member today, `votingMembers` is V.
 * `quorumRule` and `majorityRule` are the body's rules of procedure (the Rat's: GO NRW's).
 */
export type BodySummary = {
  key: string;
  name: string;
  kind: BodyKind;
  seats: number;
  votingMembers: number;
  chairVotes: boolean;
  quorumRule: QuorumRule;
  majorityRule: MajorityRule;
  version: number;
};

/** GET /api/bodies/:key: the /api/council shape for that body, plus what makes it a body. */
export type BodyView = CouncilView & {
  key: string;
  kind: BodyKind;
  chairVotes: boolean;
  quorumRule: QuorumRule;
  majorityRule: MajorityRule;
  version: number;
};

/**
 * GET /api/bodies/:key/members: the members on a date. `id` is the membership's id (PATCH
 * …/members/:id); for the Rat it is the person's, and the Rat's members are edited in /api/council.
 */
export type BodyMemberView = {
  id: number;
  personId: number;
  name: string;
  /** The group that holds the seat; null only for the Rat's mayor. */
  groupKey: string | null;
  role: BodyRole;
  from: string;
  to: string | null;
  version: number;
};

export type CreateBodyRequest = {
  key: string;
  name: string;
  kind: Exclude<BodyKind, 'council'>;
  chairVotes?: boolean;
  /** Default: GO NRW's (`moreThanHalf`, `motion`). */
  quorumRule?: QuorumRule;
  majorityRule?: MajorityRule;
};

/** The Rat's rules are GO NRW's and cannot be changed (COUNCIL_RULES_FIXED). */
export type PatchBodyRequest = {
  name?: string;
  chairVotes?: boolean;
  quorumRule?: QuorumRule;
  majorityRule?: MajorityRule;
  version?: number;
};

/** Either an existing person (`personId`) or a new one by `name` (a sachkundige Bürgerin, …). */
export type AddBodyMemberRequest = {
  personId?: number;
  name?: string;
  groupKey: string;
  from: string;
  role?: BodyRole;
};

export type PatchBodyMemberRequest = {
  to?: string | null;
  groupKey?: string;
  from?: string;
  role?: BodyRole;
  version?: number;
};
