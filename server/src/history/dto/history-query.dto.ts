import type { HistoryQuery, HistoryResultFilter } from '@mehrheitsplaner/shared';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PeriodQueryDto } from '../../common/period-query.dto';

const RESULTS: readonly HistoryResultFilter[] = ['adopted', 'rejected'];

export class HistoryQueryDto extends PeriodQueryDto implements HistoryQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  policyArea?: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  sponsor?: string;

  @IsOptional()
  @IsIn(RESULTS)
  result?: HistoryResultFilter;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  groupKey?: string;
}
