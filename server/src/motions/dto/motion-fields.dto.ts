import {
  MOTION_TYPES,
  REQUIRED_MAJORITIES,
  type MotionType,
  type RequiredMajority,
} from '@mehrheitsplaner/shared';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { ISO_DATE_MESSAGE, ISO_DATE_PATTERN } from '../../common/period-query.dto';

/** The optional motion fields POST and PATCH share. */
export abstract class MotionFieldsDto {
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  reference?: string;

  @IsOptional()
  @IsIn(MOTION_TYPES)
  type?: MotionType;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(40, { each: true })
  sponsorGroupKeys?: string[];

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  policyArea?: string;

  @IsOptional()
  @IsIn(REQUIRED_MAJORITIES)
  requiredMajority?: RequiredMajority;

  @IsOptional()
  @IsBoolean()
  mayorVotes?: boolean;

  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: ISO_DATE_MESSAGE })
  meetingDate?: string;

  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: ISO_DATE_MESSAGE })
  submittedOn?: string;
}
