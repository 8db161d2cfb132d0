import { MOTION_LIST_ROOM } from '@mehrheitsplaner/shared';
import { IsIn, IsOptional } from 'class-validator';

/** `subscribeList` / `unsubscribeList` take no payload (or `{ list: 'motions' }`); extras are refused. */
export class ListSubscriptionDto {
  @IsOptional()
  @IsIn([MOTION_LIST_ROOM])
  list?: typeof MOTION_LIST_ROOM;
}
