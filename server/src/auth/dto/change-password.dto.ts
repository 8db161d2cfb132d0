import type { ChangePasswordRequest } from '@mehrheitsplaner/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Strength is checked by the password rules (password-policy.ts), which know the username. */
export class ChangePasswordDto implements ChangePasswordRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword!: string;

  @IsString()
  @MaxLength(200)
  newPassword!: string;
}
