import {
  COUNCIL_BODY,
  type AgendaItemView,
  type CreateAgendaItemRequest,
  type CreateMeetingRequest,
  type MeetingDetailView,
  type MeetingListQuery,
  type MeetingView,
  type PatchAgendaItemRequest,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { isoDateOrThrow } from '../council/membership-rules';
import { UnitOfWork } from '../database/unit-of-work';
import { MotionEntity } from '../motions/motion.entity';
import { RecordedVoteEntity } from '../votes/recorded-vote.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';
import { toAgendaItemView, toMeetingView } from './meeting-view';
import { MeetingsError } from './meetings.errors';

@Injectable()
export class MeetingsService {
  constructor(private readonly uow: UnitOfWork) {}

  // Bound to the transaction in progress, so a check inside a write sees that write's rows.
  private get meetings() {
    return this.uow.repo(MeetingEntity);
  }
  private get items() {
    return this.uow.repo(AgendaItemEntity);
  }
  private get motions() {
    return this.uow.repo(MotionEntity);
  }
  private get votes() {
    return this.uow.repo(RecordedVoteEntity);
  }

  async meetingOrThrow(id: number): Promise<MeetingEntity> {
    const meeting = await this.meetings.findOne({ where: { id } });
    if (!meeting) throw new MeetingsError('MEETING_NOT_FOUND', `Sitzung ${id} nicht gefunden`);
    return meeting;
  }

  /** A meeting of the council itself: only there are council votes recorded. */
  async councilMeetingOrThrow(id: number): Promise<MeetingEntity> {
    const meeting = await this.meetingOrThrow(id);
    if (meeting.body !== COUNCIL_BODY) {
      throw new MeetingsError(
        'MEETING_NOT_COUNCIL',
        `Sitzung ${id} ist eine Sitzung von "${meeting.body}", nicht des Rates`,
      );
    }
    return meeting;
  }

  async itemOrThrow(meetingId: number, itemId: number): Promise<AgendaItemEntity> {
    const item = await this.items.findOne({
      where: { id: itemId, meeting: { id: meetingId } },
    });
    if (!item) {
      throw new MeetingsError(
        'AGENDA_ITEM_NOT_FOUND',
        `Tagesordnungspunkt ${itemId} der Sitzung ${meetingId} nicht gefunden`,
      );
    }
    return item;
  }

  async list(query: MeetingListQuery): Promise<MeetingView[]> {
    const qb = this.meetings
      .createQueryBuilder('m')
      .loadRelationCountAndMap('m.agendaItemCount', 'm.agendaItems')
      .orderBy('m.date', 'DESC')
      .addOrderBy('m.id', 'DESC');
    if (query.from) qb.andWhere('m.date >= :from', { from: query.from });
    if (query.to) qb.andWhere('m.date <= :to', { to: query.to });
    if (query.body) qb.andWhere('m.body = :body', { body: query.body });
    const meetings = (await qb.getMany()) as (MeetingEntity & { agendaItemCount: number })[];
    return meetings.map((meeting) => toMeetingView(meeting, meeting.agendaItemCount));
  }

  async create(request: CreateMeetingRequest): Promise<MeetingDetailView> {
    isoDateOrThrow(request.date);
    const id = await this.uow.run(async (manager) => {
      const meeting = await manager.save(
        manager.create(MeetingEntity, {
          date: request.date,
          name: request.name,
          body: request.body ?? COUNCIL_BODY,
          start: null,
          cancelled: false,
        }),
      );
      return meeting.id;
    });
    return this.detail(id);
  }

  async detail(id: number): Promise<MeetingDetailView> {
    const meeting = await this.meetingOrThrow(id);
    const items = await this.items.find({
      where: { meeting: { id } },
      order: { position: 'ASC', id: 'ASC' },
    });
    const motionIds = items.flatMap((item) => (item.motionId === null ? [] : [item.motionId]));
    const [motions, votes] = await Promise.all([
      motionIds.length === 0 ? [] : this.motions.find({ where: { id: In(motionIds) } }),
      items.length === 0
        ? []
        : this.votes.find({
            where: { agendaItemId: In(items.map((item) => item.id)) },
            select: { id: true, agendaItemId: true },
          }),
    ]);
    const motionById = new Map(motions.map((motion) => [motion.id, motion]));
    const voteByItem = new Map(votes.map((vote) => [vote.agendaItemId, vote.id]));
    return {
      ...toMeetingView(meeting, items.length),
      agendaItems: items.map((item) =>
        toAgendaItemView(
          id,
          item,
          item.motionId === null ? undefined : motionById.get(item.motionId),
          voteByItem.get(item.id),
        ),
      ),
    };
  }

  async createItem(meetingId: number, request: CreateAgendaItemRequest): Promise<AgendaItemView> {
    const itemId = await this.uow.run(async (manager) => {
      const meeting = await this.meetingOrThrow(meetingId);
      if (request.motionId !== undefined) await this.motionOrThrow(request.motionId);
      const position =
        request.position ?? (await this.items.count({ where: { meeting: { id: meetingId } } }));
      const item = await manager.save(
        manager.create(AgendaItemEntity, {
          meeting,
          name: request.name,
          number: request.number ?? null,
          position,
          motionId: request.motionId ?? null,
        }),
      );
      return item.id;
    });
    return this.itemView(meetingId, itemId);
  }

  async patchItem(
    meetingId: number,
    itemId: number,
    request: PatchAgendaItemRequest,
  ): Promise<AgendaItemView> {
    await this.uow.run(async (manager) => {
      const item = await this.itemOrThrow(meetingId, itemId);
      if (request.motionId !== undefined && request.motionId !== null) {
        await this.motionOrThrow(request.motionId);
      }
      if (request.name !== undefined) item.name = request.name;
      if (request.number !== undefined) item.number = request.number;
      if (request.position !== undefined) item.position = request.position;
      if (request.motionId !== undefined) item.motionId = request.motionId;
      await manager.save(item);
    });
    return this.itemView(meetingId, itemId);
  }

  private async itemView(meetingId: number, itemId: number): Promise<AgendaItemView> {
    const detail = await this.detail(meetingId);
    const view = detail.agendaItems.find((item) => item.id === itemId);
    if (!view) {
      throw new MeetingsError(
        'AGENDA_ITEM_NOT_FOUND',
        `Tagesordnungspunkt ${itemId} nicht gefunden`,
      );
    }
    return view;
  }

  private async motionOrThrow(id: number): Promise<MotionEntity> {
    const motion = await this.motions.findOne({ where: { id } });
    if (!motion) throw new MeetingsError('AGENDA_MOTION_NOT_FOUND', `Antrag ${id} nicht gefunden`);
    return motion;
  }
}
