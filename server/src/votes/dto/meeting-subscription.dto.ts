import { IsInt, IsPositive, Max } from 'class-validator';
import { MAX_STORED_INTEGER } from '../../common/stored-integer';

export class MeetingSubscriptionDto {
  @IsInt()
  @IsPositive()
  @Max(MAX_STORED_INTEGER)
  meetingId!: number;
}
