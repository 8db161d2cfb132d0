import {
  MOTION_STATUSES,
  type MotionStatus,
  type PatchMotionRequest,
} from '@mehrheitsplaner/shared';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MotionFieldsDto } from './motion-fields.dto';
import { MAX_STORED_INTEGER } from '../../common/stored-integer';

export class PatchMotionDto extends MotionFieldsDto implements PatchMotionRequest {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @IsOptional()
  @IsIn(MOTION_STATUSES)
  status?: MotionStatus;

  /** The version the client last saw: a stale one answers 409. */
  @IsInt()
  @Min(1)
  @Max(MAX_STORED_INTEGER)
  version!: number;
}
