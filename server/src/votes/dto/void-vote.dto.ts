import { VOID_REASON_MAX, VOID_REASON_MIN, type VoidVoteRequest } from '@mehrheitsplaner/shared';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';

/** Spaces around the reason do not count towards its length. */
function trimmed({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

export class VoidVoteDto implements VoidVoteRequest {
  @Transform(trimmed)
  @IsString({ message: 'Ein Grund für die Aufhebung fehlt' })
  @Length(VOID_REASON_MIN, VOID_REASON_MAX, {
    message: `Der Grund muss ${VOID_REASON_MIN} bis ${VOID_REASON_MAX} Zeichen lang sein`,
  })
  reason!: string;
}
