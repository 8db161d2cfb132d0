import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_STORED_INTEGER } from '../../common/stored-integer';

/** An optional `version` (api.md v1 callers send none): given and stale, the edit answers 409. */
export class OptionalVersionDto {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_STORED_INTEGER)
  version?: number;
}
