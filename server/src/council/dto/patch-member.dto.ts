import type { PatchMemberRequest } from '@mehrheitsplaner/shared';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class PatchMemberDto implements PatchMemberRequest {
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
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;
}
