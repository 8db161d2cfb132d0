import { MAJORITY_RULES, QUORUM_RULES } from '@mehrheitsplaner/shared';
import { applyDecorators } from '@nestjs/common';
import { IsIn, IsOptional } from 'class-validator';

/** A body's quorum rule on POST and PATCH: optional, one of QUORUM_RULES. */
export const QuorumRuleField = () => applyDecorators(IsOptional(), IsIn(QUORUM_RULES));

/** A body's majority rule on POST and PATCH: optional, one of MAJORITY_RULES. */
export const MajorityRuleField = () => applyDecorators(IsOptional(), IsIn(MAJORITY_RULES));
