import type { AgendaItemView } from '@mehrheitsplaner/shared';
import { Body, Controller, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { CreateAgendaItemDto, PatchAgendaItemDto } from './dto/meeting.dto';
import { AgendaService } from './agenda.service';

/** A meeting's agenda items; linking a motion puts it on the agenda (AgendaService). */
@Controller('meetings')
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @Post(':id/items')
  createItem(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: CreateAgendaItemDto,
  ): Promise<AgendaItemView> {
    return this.agenda.createItem(id, body);
  }

  @Patch(':id/items/:itemId')
  patchItem(
    @Param('id', ParseIntPipe) id: number,
    @Param('itemId', ParseIntPipe) itemId: number,
    @Body() body: PatchAgendaItemDto,
  ): Promise<AgendaItemView> {
    return this.agenda.patchItem(id, itemId, body);
  }
}
