import type { ChangePasswordRequest } from '@mehrheitsplaner/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Strength is checked by the password rules (password-policy.ts), which know the username. */
export class ChangePasswordDto implements ChangePasswordRequest {
  @IsString({ message: 'Das bisherige Passwort fehlt' })
  @IsNotEmpty({ message: 'Das bisherige Passwort fehlt' })
  @MaxLength(200, { message: 'Das bisherige Passwort ist zu lang' })
  currentPassword!: string;

  @IsString({ message: 'Das neue Passwort fehlt' })
  @MaxLength(200, { message: 'Das neue Passwort darf höchstens 200 Zeichen haben' })
  newPassword!: string;
}
