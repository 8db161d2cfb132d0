import type { PatchGroupRequest } from '@mehrheitsplaner/shared';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { GROUP_COLOR_MESSAGE, GROUP_COLOR_PATTERN } from './group-color';
import { OptionalVersionDto } from './version.dto';

export class PatchGroupDto extends OptionalVersionDto implements PatchGroupRequest {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @Matches(GROUP_COLOR_PATTERN, { message: GROUP_COLOR_MESSAGE })
  color?: string;

  @IsOptional()
  @IsBoolean()
  excluded?: boolean;

  @IsOptional()
  @IsBoolean()
  coalition?: boolean;
}
