import { IsInt, IsPositive } from 'class-validator';

export class SubscriptionDto {
  @IsInt()
  @IsPositive()
  motionId!: number;
}
