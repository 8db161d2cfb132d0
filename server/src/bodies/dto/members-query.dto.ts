import { IsOptional, Matches } from 'class-validator';
import { ISO_DATE_MESSAGE, ISO_DATE_PATTERN } from '../../common/period-query.dto';

/** GET /api/bodies/:key/members?date=YYYY-MM-DD (default today). */
export class MembersQueryDto {
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: ISO_DATE_MESSAGE })
  date?: string;
}
