import type { OparlImportJobView, OparlImportStarted } from '@mehrheitsplaner/shared';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { OparlImportDto } from './dto/oparl-import.dto';
import { OparlJobsService } from './oparl-jobs.service';

@Controller('admin/oparl/import')
export class OparlController {
  constructor(private readonly jobs: OparlJobsService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  start(@Body() body: OparlImportDto): Promise<OparlImportStarted> {
    return this.jobs.start(body);
  }

  @Get(':jobId')
  job(@Param('jobId') jobId: string): Promise<OparlImportJobView> {
    return this.jobs.jobOrThrow(jobId);
  }
}
