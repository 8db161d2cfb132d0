import type { MajorityOptionsResponse } from '@mehrheitsplaner/shared';
import { Controller, Get, Query } from '@nestjs/common';
import { MajorityOptionsQueryDto } from './dto/majority-options-query.dto';
import { MajorityService } from './majority.service';

@Controller('majority')
export class MajorityController {
  constructor(private readonly majority: MajorityService) {}

  @Get('options')
  options(@Query() query: MajorityOptionsQueryDto): Promise<MajorityOptionsResponse> {
    return this.majority.options(query);
  }
}
