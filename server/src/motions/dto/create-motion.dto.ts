import type { CreateMotionRequest } from '@mehrheitsplaner/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MotionFieldsDto } from './motion-fields.dto';

export class CreateMotionDto extends MotionFieldsDto implements CreateMotionRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;
}
