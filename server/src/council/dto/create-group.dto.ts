import type { CreateGroupRequest } from '@mehrheitsplaner/shared';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { GROUP_COLOR_MESSAGE, GROUP_COLOR_PATTERN } from './group-color';

export class CreateGroupDto implements CreateGroupRequest {
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, {
    message:
      'Das Kürzel muss 1 bis 40 Zeichen lang sein und darf nur Buchstaben, Ziffern, „_“ und „-“ enthalten',
  })
  key!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Matches(GROUP_COLOR_PATTERN, { message: GROUP_COLOR_MESSAGE })
  color!: string;

  @IsOptional()
  @IsBoolean()
  excluded?: boolean;

  @IsOptional()
  @IsBoolean()
  coalition?: boolean;
}
