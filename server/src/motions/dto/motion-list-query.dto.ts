import { MOTION_STATUSES, type MotionListQuery, type MotionStatus } from '@mehrheitsplaner/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { MotionFilterQueryDto } from '../../common/period-query.dto';

function booleanOf({ value }: { value: unknown }): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

export class MotionListQueryDto extends MotionFilterQueryDto implements MotionListQuery {
  @IsOptional()
  @IsIn(MOTION_STATUSES)
  status?: MotionStatus;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  /** "no democratic majority yet": the expected verdict is anything but democratic. */
  @IsOptional()
  @Transform(booleanOf)
  @IsBoolean()
  withoutMajority?: boolean;
}
