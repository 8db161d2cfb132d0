import type { PledgeLinkRequest } from '@mehrheitsplaner/shared';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsPositive,
  IsString,
  Max,
  MaxLength,
} from 'class-validator';
import { MAX_STORED_INTEGER } from '../../common/stored-integer';

export class PledgeLinkDto implements PledgeLinkRequest {
  @IsArray()
  @ArrayMaxSize(200)
  @IsInt({ each: true })
  @IsPositive({ each: true })
  @Max(MAX_STORED_INTEGER, { each: true })
  pledgeIds!: number[];
}

export class PledgeListQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  chapter?: string;
}
