import type { MajorityRule, PatchBodyRequest, QuorumRule } from '@mehrheitsplaner/shared';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalVersionDto } from '../../council/dto/version.dto';
import { MajorityRuleField, QuorumRuleField } from './body-rules.dto';

export class PatchBodyDto extends OptionalVersionDto implements PatchBodyRequest {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsBoolean()
  chairVotes?: boolean;

  @QuorumRuleField()
  quorumRule?: QuorumRule;

  @MajorityRuleField()
  majorityRule?: MajorityRule;
}
