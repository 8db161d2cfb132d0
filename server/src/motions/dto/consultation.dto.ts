import {
  CONSULTATION_ROLES,
  type ConsultationRole,
  type CreateConsultationRequest,
  type PatchConsultationRequest,
} from '@mehrheitsplaner/shared';
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
  ValidateIf,
} from 'class-validator';
import { MAX_STORED_INTEGER } from '../../common/stored-integer';
import { ISO_DATE_MESSAGE, ISO_DATE_PATTERN } from '../../common/period-query.dto';

/** The longest path a motion plausibly takes (committees, district councils, the Rat). */
const MAX_POSITION = 100;

class ConsultationFieldsDto {
  /** null clears the date (the body counts as it stands today). */
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(ISO_DATE_PATTERN, { message: ISO_DATE_MESSAGE })
  date?: string | null;

  @IsOptional()
  @IsIn(CONSULTATION_ROLES)
  role?: ConsultationRole;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_POSITION)
  position?: number;
}

export class CreateConsultationDto
  extends ConsultationFieldsDto
  implements CreateConsultationRequest
{
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  bodyKey!: string;
}

export class PatchConsultationDto
  extends ConsultationFieldsDto
  implements PatchConsultationRequest
{
  /** The version the client last saw: a stale one answers 409. */
  @IsInt()
  @Min(0)
  @Max(MAX_STORED_INTEGER)
  version!: number;
}

export class DeleteConsultationDto {
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_STORED_INTEGER)
  version?: number;
}
