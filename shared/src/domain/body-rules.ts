import type { RequiredMajority } from './types';

/**
 * Beschlussfähigkeit of a body: how many of its V statutory voting members must be present.
 * GO NRW fixes more than half for the Rat (§ 49 Abs. 1); a committee's or district council's own
 * rules of procedure can differ, so a body stores its rule as data.
 */
export const QUORUM_RULES = ['moreThanHalf', 'atLeastHalf', 'atLeastThird', 'none'] as const;
export type QuorumRule = (typeof QUORUM_RULES)[number];

/**
 * Which majority a body decides by: the one the motion requires (`motion`, GO NRW), or a simple
 * majority whatever the motion requires (`simple`, e.g. a committee that only recommends).
 */
export const MAJORITY_RULES = ['motion', 'simple'] as const;
export type MajorityRule = (typeof MAJORITY_RULES)[number];

export type BodyRules = { quorumRule: QuorumRule; majorityRule: MajorityRule };

/** The rules of GO NRW, which the Rat always follows and every body starts with. */
export const GO_NRW_RULES: Readonly<BodyRules> = {
  quorumRule: 'moreThanHalf',
  majorityRule: 'motion',
};

/** The majority a motion needs in a body with this majority rule (default: as the motion says). */
export function majorityInBody(
  required: RequiredMajority,
  rule: MajorityRule = 'motion',
): RequiredMajority {
  return rule === 'simple' ? 'simple' : required;
}

/**
 * What a vote on a motion in a body counts under: the motion's majority with the body's majority
 * rule applied, and the body's quorum. No rules (the Rat): the motion's majority, GO NRW's quorum.
 */
export function countingRules(
  required: RequiredMajority,
  rules?: BodyRules,
): { requiredMajority: RequiredMajority; quorumRule?: QuorumRule } {
  if (!rules) return { requiredMajority: required };
  return {
    requiredMajority: majorityInBody(required, rules.majorityRule),
    quorumRule: rules.quorumRule,
  };
}

/** Whether a body's rules differ from GO NRW's (screens mention only rules that differ). */
export function differsFromGoNrw(rules: BodyRules): boolean {
  return (
    rules.quorumRule !== GO_NRW_RULES.quorumRule || rules.majorityRule !== GO_NRW_RULES.majorityRule
  );
}
