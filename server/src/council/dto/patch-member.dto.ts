import type { PatchMemberRequest } from '@mehrheitsplaner/shared';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ISO_DATE_MESSAGE, ISO_DATE_PATTERN } from '../../common/period-query.dto';
import { OptionalVersionDto } from './version.dto';

export class PatchMemberDto extends OptionalVersionDto implements PatchMemberRequest {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  groupKey?: string;

  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: ISO_DATE_MESSAGE })
  from?: string;
}
