import type { PledgeLinkRequest } from '@mehrheitsplaner/shared';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsPositive,
  IsString,
  MaxLength,
} from 'class-validator';

export class PledgeLinkDto implements PledgeLinkRequest {
  @IsArray()
  @ArrayMaxSize(200)
  @IsInt({ each: true })
  @IsPositive({ each: true })
  pledgeIds!: number[];
}

export class PledgeListQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  chapter?: string;
}
