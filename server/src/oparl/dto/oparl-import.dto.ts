import type { OparlImportRequest } from '@mehrheitsplaner/shared';
import { IsBoolean, IsOptional, IsUrl, MaxLength } from 'class-validator';

export class OparlImportDto implements OparlImportRequest {
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: '„url“ muss eine http- oder https-Adresse sein' },
  )
  @MaxLength(1000)
  url!: string;

  @IsOptional()
  @IsBoolean()
  full?: boolean;
}
