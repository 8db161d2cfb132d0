import type { LeaveCouncilRequest } from '@mehrheitsplaner/shared';
import { Matches } from 'class-validator';
import { ISO_DATE_MESSAGE, ISO_DATE_PATTERN } from '../../common/period-query.dto';
import { OptionalVersionDto } from './version.dto';

export class LeaveCouncilDto extends OptionalVersionDto implements LeaveCouncilRequest {
  @Matches(ISO_DATE_PATTERN, { message: ISO_DATE_MESSAGE })
  on!: string;
}
