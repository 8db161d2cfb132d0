import { ROLES, type CreateUserRequest, type Role } from '@mehrheitsplaner/shared';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CreateUserDto implements CreateUserRequest {
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{3,64}$/, {
    message:
      'Der Benutzername muss 3 bis 64 Zeichen lang sein und darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten',
  })
  username!: string;

  @IsString()
  @MaxLength(200)
  password!: string;

  @IsIn(ROLES)
  role!: Role;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  groupKey?: string;
}
