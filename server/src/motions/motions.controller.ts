import type { MotionTallyResponse, MotionView } from '@mehrheitsplaner/shared';
import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { AnyRole, Roles } from '../auth/auth.decorators';
import { CreateMotionDto } from './dto/create-motion.dto';
import { MotionListQueryDto } from './dto/motion-list-query.dto';
import { PatchMotionDto } from './dto/patch-motion.dto';
import { MotionsService } from './motions.service';

@Controller('motions')
export class MotionsController {
  constructor(private readonly motions: MotionsService) {}

  @Post()
  @Roles('admin', 'manager')
  create(@Body() body: CreateMotionDto): Promise<MotionView> {
    return this.motions.create(body);
  }

  @Get()
  @AnyRole()
  list(@Query() query: MotionListQueryDto): Promise<MotionView[]> {
    return this.motions.list(query);
  }

  @Get(':id')
  @AnyRole()
  get(@Param('id', ParseIntPipe) id: number): Promise<MotionView> {
    return this.motions.get(id);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  patch(@Param('id', ParseIntPipe) id: number, @Body() body: PatchMotionDto): Promise<MotionView> {
    return this.motions.patch(id, body);
  }

  @Get(':id/tally')
  @AnyRole()
  tally(@Param('id', ParseIntPipe) id: number): Promise<MotionTallyResponse> {
    return this.motions.tallyOf(id);
  }
}
