import {
  CONFIDENCES,
  MEMBER_WHIP_VOTES,
  STANCES,
  type Confidence,
  type MemberWhipOverride,
  type SplitCounts,
  type Stance,
  type WhipEntryRequest,
} from '@mehrheitsplaner/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_STORED_INTEGER } from '../../common/stored-integer';

export class SplitCountsDto implements SplitCounts {
  @IsInt()
  @Min(0)
  @Max(1000)
  yes!: number;

  @IsInt()
  @Min(0)
  @Max(1000)
  no!: number;

  @IsInt()
  @Min(0)
  @Max(1000)
  abstain!: number;
}

export class MemberWhipOverrideDto implements MemberWhipOverride {
  @IsInt()
  @Min(1)
  @Max(MAX_STORED_INTEGER)
  memberId!: number;

  @IsIn(MEMBER_WHIP_VOTES)
  vote!: MemberWhipOverride['vote'];
}

export class WhipEntryDto implements WhipEntryRequest {
  @IsIn(STANCES)
  stance!: Stance;

  @IsIn(CONFIDENCES)
  confidence!: Confidence;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  absent?: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => SplitCountsDto)
  split?: SplitCountsDto;

  /** Omitted or null keeps the stored note; "" clears it. */
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;

  @IsOptional()
  @IsBoolean()
  noteInternal?: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  contact?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => MemberWhipOverrideDto)
  members?: MemberWhipOverrideDto[];

  /** The entry's version the client last saw; required once the entry exists. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_STORED_INTEGER)
  version?: number;
}
