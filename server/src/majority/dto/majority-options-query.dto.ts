import type { MajorityOptionsQuery, RequiredMajority } from '@mehrheitsplaner/shared';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Shape only; the values are checked against the council by parseMajorityQuery. */
export class MajorityOptionsQueryDto implements MajorityOptionsQuery {
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  firm?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  absent?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  abstain?: string;

  @IsOptional()
  @IsString()
  requiredMajority?: RequiredMajority;
}
