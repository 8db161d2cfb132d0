import type { PatchGroupRequest } from '@mehrheitsplaner/shared';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class PatchGroupDto implements PatchGroupRequest {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @Matches(/^#[0-9A-Fa-f]{6}$/, { message: '„color“ muss eine Farbe im Format #RRGGBB sein' })
  color?: string;

  @IsOptional()
  @IsBoolean()
  excluded?: boolean;

  @IsOptional()
  @IsBoolean()
  coalition?: boolean;
}
