import type { ConsultationView, MotionTallyResponse } from '@mehrheitsplaner/shared';
import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  ParseIntPipe,
  Patch,
  Post,
} from '@nestjs/common';
import { JSON_CONTENT_TYPE, type JsonText } from '../common/json-text';
import { ConsultationsService } from './consultations.service';
import {
  CreateConsultationDto,
  DeleteConsultationDto,
  PatchConsultationDto,
} from './dto/consultation.dto';

/** The path of a motion (api.md v1.2); whip and votes per step live in their own modules. */
@Controller()
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Get('motions/:id/consultations')
  list(@Param('id', ParseIntPipe) id: number): Promise<ConsultationView[]> {
    return this.consultations.list(id);
  }

  @Post('motions/:id/consultations')
  create(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: CreateConsultationDto,
  ): Promise<ConsultationView> {
    return this.consultations.create(id, body);
  }

  @Patch('consultations/:cid')
  patch(
    @Param('cid', ParseIntPipe) cid: number,
    @Body() body: PatchConsultationDto,
  ): Promise<ConsultationView> {
    return this.consultations.patch(cid, body);
  }

  @Delete('consultations/:cid')
  @HttpCode(204)
  remove(
    @Param('cid', ParseIntPipe) cid: number,
    @Body() body: DeleteConsultationDto,
  ): Promise<void> {
    return this.consultations.remove(cid, body.version);
  }

  @Get('consultations/:cid/tally')
  @Header('Content-Type', JSON_CONTENT_TYPE)
  tally(@Param('cid', ParseIntPipe) cid: number): Promise<JsonText<MotionTallyResponse>> {
    return this.consultations.tallyOf(cid);
  }
}
