import type { MotionTallyResponse, MotionView } from '@mehrheitsplaner/shared';
import {
  Body,
  Controller,
  Get,
  Header,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { JSON_CONTENT_TYPE, type JsonText } from '../common/json-text';
import { CreateMotionDto } from './dto/create-motion.dto';
import { MotionListQueryDto } from './dto/motion-list-query.dto';
import { PatchMotionDto } from './dto/patch-motion.dto';
import { MotionsService } from './motions.service';

@Controller('motions')
export class MotionsController {
  constructor(private readonly motions: MotionsService) {}

  @Post()
  create(@Body() body: CreateMotionDto): Promise<MotionView> {
    return this.motions.create(body);
  }

  @Get()
  list(@Query() query: MotionListQueryDto): Promise<MotionView[]> {
    return this.motions.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseIntPipe) id: number): Promise<MotionView> {
    return this.motions.get(id);
  }

  @Patch(':id')
  patch(@Param('id', ParseIntPipe) id: number, @Body() body: PatchMotionDto): Promise<MotionView> {
    return this.motions.patch(id, body);
  }

  @Get(':id/tally')
  @Header('Content-Type', JSON_CONTENT_TYPE)
  tally(@Param('id', ParseIntPipe) id: number): Promise<JsonText<MotionTallyResponse>> {
    return this.motions.tallyOf(id);
  }
}
