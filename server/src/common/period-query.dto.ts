import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** A calendar date as the API exchanges it. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** `from` / `to` (YYYY-MM-DD) of a list that covers a period. */
export class PeriodQueryDto {
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;
}

/** Period, policy area and sponsor: the filters that motion lists and the history share. */
export class MotionFilterQueryDto extends PeriodQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  policyArea?: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  sponsor?: string;
}
