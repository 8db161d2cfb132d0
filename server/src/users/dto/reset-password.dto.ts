import type { ResetPasswordRequest } from '@mehrheitsplaner/shared';
import { IsString, MaxLength } from 'class-validator';

/** Strength is checked by the password rules (password-policy.ts), which know the username. */
export class ResetPasswordDto implements ResetPasswordRequest {
  @IsString()
  @MaxLength(200)
  newPassword!: string;
}
