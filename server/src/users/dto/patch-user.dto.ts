import { ROLES, type PatchUserRequest, type Role } from '@mehrheitsplaner/shared';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { MAX_STORED_INTEGER } from '../../common/stored-integer';

export class PatchUserDto implements PatchUserRequest {
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  /** null clears the group; undefined keeps it. */
  @ValidateIf((_dto, value) => value !== null && value !== undefined)
  @IsString()
  @MaxLength(40)
  groupKey?: string | null;

  @IsOptional()
  @IsBoolean()
  active?: boolean;

  /** The version the admin last saw: a stale one answers 409. */
  @IsInt()
  @Min(1)
  @Max(MAX_STORED_INTEGER)
  version!: number;
}
