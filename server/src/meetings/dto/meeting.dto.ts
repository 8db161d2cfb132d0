import type {
  CreateAgendaItemRequest,
  CreateMeetingRequest,
  MeetingListQuery,
  PatchAgendaItemRequest,
} from '@mehrheitsplaner/shared';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { ISO_DATE_MESSAGE, ISO_DATE_PATTERN, PeriodQueryDto } from '../../common/period-query.dto';
import { MAX_STORED_INTEGER } from '../../common/stored-integer';

export class CreateMeetingDto implements CreateMeetingRequest {
  @Matches(ISO_DATE_PATTERN, { message: ISO_DATE_MESSAGE })
  date!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  /** `council` (default) or the committee's name. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  body?: string;
}

export class MeetingListQueryDto extends PeriodQueryDto implements MeetingListQuery {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  body?: string;
}

export class CreateAgendaItemDto implements CreateAgendaItemRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  name!: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  number?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_STORED_INTEGER)
  position?: number;

  @IsOptional()
  @IsInt()
  @IsPositive()
  @Max(MAX_STORED_INTEGER)
  motionId?: number;
}

export class PatchAgendaItemDto implements PatchAgendaItemRequest {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  name?: string;

  @ValidateIf((_dto, value) => value !== null && value !== undefined)
  @IsString()
  @MaxLength(50)
  number?: string | null;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_STORED_INTEGER)
  position?: number;

  /** null unlinks the motion. */
  @ValidateIf((_dto, value) => value !== null && value !== undefined)
  @IsInt()
  @IsPositive()
  @Max(MAX_STORED_INTEGER)
  motionId?: number | null;
}
