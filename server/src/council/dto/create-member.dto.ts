import type { CreateMemberRequest } from '@mehrheitsplaner/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CreateMemberDto implements CreateMemberRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  groupKey!: string;
}
