import type { FileImportKind } from '@mehrheitsplaner/shared';
import { IsIn, IsOptional } from 'class-validator';

/** The form fields beside the file (multipart fields are text). */
export class FileImportDto {
  @IsIn(['members', 'results'], { message: '„kind“ muss members oder results sein' })
  kind!: FileImportKind;

  /** A dry run unless this is exactly "false". */
  @IsOptional()
  @IsIn(['true', 'false'], { message: '„dryRun“ muss true oder false sein' })
  dryRun?: 'true' | 'false';
}
