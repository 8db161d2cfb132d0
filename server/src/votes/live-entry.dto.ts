import type { CloseDraftRequest } from '@mehrheitsplaner/shared';
import { IsBoolean, IsOptional } from 'class-validator';

export class CloseDraftDto implements CloseDraftRequest {
  /** The user confirmed that the groups not entered are recorded as absent. */
  @IsOptional()
  @IsBoolean()
  missingAbsent?: boolean;
}
