import { IsInt, IsPositive } from 'class-validator';

export class MeetingSubscriptionDto {
  @IsInt()
  @IsPositive()
  meetingId!: number;
}
