import { BODY_ROLES, type AddBodyMemberRequest, type BodyRole } from '@mehrheitsplaner/shared';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ISO_DATE_MESSAGE, ISO_DATE_PATTERN } from '../../common/period-query.dto';
import { MAX_STORED_INTEGER } from '../../common/stored-integer';

export class AddBodyMemberDto implements AddBodyMemberRequest {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_STORED_INTEGER)
  personId?: number;

  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'name darf nicht leer sein' })
  @MaxLength(200)
  name?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  groupKey!: string;

  @Matches(ISO_DATE_PATTERN, { message: ISO_DATE_MESSAGE })
  from!: string;

  @IsOptional()
  @IsIn(BODY_ROLES)
  role?: BodyRole;
}
