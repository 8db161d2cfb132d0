import { IsOptional, Matches } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `from` / `to` (YYYY-MM-DD) of a list that covers a period. */
export class PeriodQueryDto {
  @IsOptional()
  @Matches(ISO_DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @IsOptional()
  @Matches(ISO_DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;
}
