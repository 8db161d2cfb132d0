import type { HistoryQuery, HistoryResultFilter } from '@mehrheitsplaner/shared';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { MotionFilterQueryDto } from '../../common/period-query.dto';

const RESULTS: readonly HistoryResultFilter[] = ['adopted', 'rejected'];

export class HistoryQueryDto extends MotionFilterQueryDto implements HistoryQuery {
  @IsOptional()
  @IsIn(RESULTS)
  result?: HistoryResultFilter;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  groupKey?: string;
}
