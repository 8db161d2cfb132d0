import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** A calendar date as the API exchanges it. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The German message of a field that must match ISO_DATE_PATTERN (class-validator fills in `$property`). */
export const ISO_DATE_MESSAGE = '„$property“ muss ein Datum im Format JJJJ-MM-TT sein';

/** `from` / `to` (YYYY-MM-DD) of a list that covers a period. */
export class PeriodQueryDto {
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: ISO_DATE_MESSAGE })
  from?: string;

  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: ISO_DATE_MESSAGE })
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

  /** The body whose steps count (api.md v1.2); default the Rat, today's answers unchanged. */
  @IsOptional()
  @IsString()
  @MaxLength(40)
  body?: string;
}
