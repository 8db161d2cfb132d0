import type {
  AgendaItemView,
  CreateAgendaItemRequest,
  PatchAgendaItemRequest,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { MotionsService } from '../motions/motions.service';
import type { AgendaItemEntity } from './agenda-item.entity';
import { MeetingsService } from './meetings.service';

/**
 * Agenda items as the API writes them: an item that links a motion puts it on the agenda
 * (domain.md, "Motion lifecycle") through the motions module, in the item's unit of work, and the
 * moved motion leaves through the change publisher after the commit.
 *
 * Unlinking (or relinking to another motion) leaves the former motion's status alone: onAgenda
 * says it was put on an agenda, which stays true, and a silent step back would guess between
 * submitted, postponed and referred. The manager sets vertagt / verwiesen explicitly.
 *
 * A coordinator of its own because MotionsService already depends on MeetingsService.
 */
@Injectable()
export class AgendaService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly meetings: MeetingsService,
    private readonly motions: MotionsService,
  ) {}

  async createItem(meetingId: number, request: CreateAgendaItemRequest): Promise<AgendaItemView> {
    return this.linking(meetingId, () => this.meetings.createItem(meetingId, request));
  }

  async patchItem(
    meetingId: number,
    itemId: number,
    request: PatchAgendaItemRequest,
  ): Promise<AgendaItemView> {
    return this.linking(meetingId, () => this.meetings.patchItem(meetingId, itemId, request));
  }

  private async linking(
    meetingId: number,
    write: () => Promise<AgendaItemEntity>,
  ): Promise<AgendaItemView> {
    const { item, moved } = await this.uow.run(async () => {
      const written = await write();
      const onAgenda =
        written.motionId !== null && (await this.motions.putOnAgenda(written.motionId));
      return { item: written, moved: onAgenda };
    });
    if (moved && item.motionId !== null) {
      await this.motions.publish(await this.motions.motionOrThrow(item.motionId));
    }
    return this.meetings.itemView(meetingId, item.id);
  }
}
