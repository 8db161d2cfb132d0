import type { FileImportResult } from '@mehrheitsplaner/shared';
import {
  BadRequestException,
  Body,
  Controller,
  HttpCode,
  HttpStatus,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { AuthUser } from '../auth/auth.types';
import { CurrentUser } from '../auth/auth.decorators';
import { FileImportDto } from './dto/file-import.dto';
import { FileImportService } from './file-import.service';
import { GermanUploadErrors, MAX_UPLOAD_BYTES } from './upload-errors.interceptor';

@Controller('admin/imports')
export class FileImportController {
  constructor(private readonly imports: FileImportService) {}

  @Post('file')
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(
    GermanUploadErrors,
    FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } }),
  )
  importFile(
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @Body() body: FileImportDto,
    @CurrentUser() user: AuthUser,
  ): Promise<FileImportResult> {
    if (!file) throw new BadRequestException('Keine Datei im Feld „file“');
    const content = { content: file.buffer, name: file.originalname };
    return this.imports.importFile(content, body.kind, body.dryRun !== 'false', user);
  }
}
