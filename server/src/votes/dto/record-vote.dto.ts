import {
  BALLOT_VOTES,
  type BallotRequest,
  type BallotVote,
  type DraftDeviation,
  type DraftEntryRequest,
  type GroupCountRequest,
  type RecordVoteRequest,
} from '@mehrheitsplaner/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ISO_DATE_MESSAGE, ISO_DATE_PATTERN } from '../../common/period-query.dto';
import { MAX_STORED_INTEGER } from '../../common/stored-integer';

export class BallotDto implements BallotRequest {
  @IsInt()
  @IsPositive()
  @Max(MAX_STORED_INTEGER)
  memberId!: number;

  @IsIn(BALLOT_VOTES)
  vote!: BallotVote;
}

export class GroupCountDto implements GroupCountRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  groupKey!: string;

  @IsInt()
  @Min(0)
  yes!: number;

  @IsInt()
  @Min(0)
  no!: number;

  @IsInt()
  @Min(0)
  abstain!: number;

  @IsInt()
  @Min(0)
  absent!: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  notVoting?: number;
}

export class RecordVoteDto implements RecordVoteRequest {
  @IsOptional()
  @Matches(ISO_DATE_PATTERN, { message: ISO_DATE_MESSAGE })
  date?: string;

  @IsOptional()
  @IsInt()
  @IsPositive()
  @Max(MAX_STORED_INTEGER)
  meetingId?: number;

  @IsOptional()
  @IsInt()
  @IsPositive()
  @Max(MAX_STORED_INTEGER)
  agendaItemId?: number;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => BallotDto)
  ballots?: BallotDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => GroupCountDto)
  groupCounts?: GroupCountDto[];
}

export class DraftDeviationDto extends BallotDto implements DraftDeviation {}

export class DraftEntryDto extends GroupCountDto implements DraftEntryRequest {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DraftDeviationDto)
  deviations?: DraftDeviationDto[];
}
