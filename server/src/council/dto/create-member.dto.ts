import type { CreateMemberRequest } from '@mehrheitsplaner/shared';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ISO_DATE_MESSAGE, ISO_DATE_PATTERN } from '../../common/period-query.dto';

export class CreateMemberDto implements CreateMemberRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  groupKey!: string;

  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: ISO_DATE_MESSAGE })
  from?: string;
}
