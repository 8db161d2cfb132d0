import { MOTION_STATUSES, type MotionListQuery, type MotionStatus } from '@mehrheitsplaner/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ISO_DATE_PATTERN } from './motion-fields.dto';

function booleanOf({ value }: { value: unknown }): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

export class MotionListQueryDto implements MotionListQuery {
  @IsOptional()
  @IsIn(MOTION_STATUSES)
  status?: MotionStatus;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  policyArea?: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  sponsor?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  /** "no democratic majority yet": the expected verdict is anything but democratic. */
  @IsOptional()
  @Transform(booleanOf)
  @IsBoolean()
  withoutMajority?: boolean;
}
