import { BODY_ROLES, type BodyRole, type PatchBodyMemberRequest } from '@mehrheitsplaner/shared';
import {
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { ISO_DATE_MESSAGE, ISO_DATE_PATTERN } from '../../common/period-query.dto';
import { OptionalVersionDto } from '../../council/dto/version.dto';

export class PatchBodyMemberDto extends OptionalVersionDto implements PatchBodyMemberRequest {
  /** The seat's last day; null reopens it. */
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @Matches(ISO_DATE_PATTERN, { message: ISO_DATE_MESSAGE })
  to?: string | null;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  groupKey?: string;

  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: ISO_DATE_MESSAGE })
  from?: string;

  @IsOptional()
  @IsIn(BODY_ROLES)
  role?: BodyRole;
}
