import type { ResetPasswordRequest } from '@mehrheitsplaner/shared';
import { IsString, MaxLength } from 'class-validator';

/** Strength is checked by the password rules (password-policy.ts), which know the username. */
export class ResetPasswordDto implements ResetPasswordRequest {
  @IsString({ message: 'Das neue Passwort fehlt' })
  @MaxLength(200, { message: 'Das neue Passwort darf höchstens 200 Zeichen haben' })
  newPassword!: string;
}
