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
import { In, IsNull } from 'typeorm';
import { assignChanged } from '../common/assign-changed';
import { isoDateOrThrow } from '../council/membership-rules';
import { auditDiff } from '../audit/audit-changes';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork } from '../database/unit-of-work';
import { MotionEntity } from '../motions/motion.entity';
import { RecordedVoteEntity } from '../votes/recorded-vote.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';
import { toAgendaItemView, toMeetingView } from './meeting-view';
import { MeetingsError } from './meetings.errors';

export type MeetingFields = Pick<MeetingEntity, 'name' | 'date' | 'start' | 'cancelled' | 'body'>;
export type AgendaItemFields = Pick<AgendaItemEntity, 'name' | 'number' | 'position' | 'motionId'>;

/** What the audit log keeps of a meeting's and an agenda item's change. */
const MEETING_AUDIT_FIELDS = ['date', 'name', 'body', 'start', 'cancelled'] as const;
const AGENDA_ITEM_AUDIT_FIELDS = ['meetingId', 'name', 'number', 'position', 'motionId'] as const;

@Injectable()
export class MeetingsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

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
    const meeting = await this.uow.run(async () => {
      const added = await this.addMeeting({
        date: request.date,
        name: request.name,
        body: request.body ?? COUNCIL_BODY,
        start: null,
        cancelled: false,
      });
      const diff = auditDiff(null, added, MEETING_AUDIT_FIELDS);
      await this.audit.record({
        action: 'create',
        entityType: 'meeting',
        entityId: added.id,
        ...diff,
      });
      return added;
    });
    return this.detail(meeting.id);
  }

  // The writes below join the caller's unit of work (an import); meetings publish no events.

  async addMeeting(fields: MeetingFields): Promise<MeetingEntity> {
    isoDateOrThrow(fields.date);
    return this.uow.run((manager) => manager.save(manager.create(MeetingEntity, fields)));
  }

  /** False when nothing differs (then nothing is written). */
  async reviseMeeting(id: number, fields: Partial<MeetingFields>): Promise<boolean> {
    if (fields.date !== undefined) isoDateOrThrow(fields.date);
    return this.uow.run(async (manager) => {
      const meeting = await this.meetingOrThrow(id);
      if (!assignChanged(meeting, fields)) return false;
      await manager.save(meeting);
      return true;
    });
  }

  /**
   * Removes a meeting with its agenda, unless a recorded vote names it: the record of a vote keeps
   * its meeting. Returns the ids of the agenda items removed with it, or null when it stays.
   */
  async removeMeeting(id: number): Promise<number[] | null> {
    return this.uow.run(async (manager) => {
      const items = await this.items.find({ where: { meeting: { id } }, select: { id: true } });
      const itemIds = items.map((item) => item.id);
      const byItem = itemIds.length > 0 ? [{ agendaItemId: In(itemIds) }] : [];
      const voted = await this.votes.exists({ where: [{ meetingId: id }, ...byItem] });
      if (voted) return null;
      if (itemIds.length > 0) await manager.delete(AgendaItemEntity, { id: In(itemIds) });
      await manager.delete(MeetingEntity, { id });
      return itemIds;
    });
  }

  /** Removes the agenda items no recorded vote names; returns the ids removed (the rest stay). */
  async removeItems(ids: number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    return this.uow.run(async (manager) => {
      const voted = await this.votes.find({
        where: { agendaItemId: In(ids) },
        select: { id: true, agendaItemId: true },
      });
      const keep = new Set(voted.map((vote) => vote.agendaItemId));
      const removed = ids.filter((id) => !keep.has(id));
      if (removed.length > 0) await manager.delete(AgendaItemEntity, { id: In(removed) });
      return removed;
    });
  }

  /** A removed motion leaves the agenda items that deliberated it without a motion. */
  async unlinkMotion(motionId: number): Promise<void> {
    await this.uow.run((manager) =>
      manager.update(AgendaItemEntity, { motionId }, { motionId: null }),
    );
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
            // A voided vote no longer decides its item: the item is open for a new entry.
            where: { agendaItemId: In(items.map((item) => item.id)), voidedAt: IsNull() },
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

  /**
   * Adds an audited agenda item; joins the caller's unit of work (AgendaService also puts the
   * linked motion on the agenda in it). The view is read after the commit (itemView).
   */
  async createItem(meetingId: number, request: CreateAgendaItemRequest): Promise<AgendaItemEntity> {
    return this.uow.run(async () => {
      const added = await this.addItem(meetingId, {
        name: request.name,
        number: request.number ?? null,
        position: request.position,
        motionId: request.motionId ?? null,
      });
      const diff = auditDiff(null, { ...added, meetingId }, AGENDA_ITEM_AUDIT_FIELDS);
      await this.audit.record({
        action: 'create',
        entityType: 'agendaItem',
        entityId: added.id,
        ...diff,
      });
      return added;
    });
  }

  /** Adds an item (by default at the end); a linked motion must exist. Joins the caller's work. */
  async addItem(
    meetingId: number,
    fields: Omit<AgendaItemFields, 'position'> & { position?: number },
  ): Promise<AgendaItemEntity> {
    return this.uow.run(async (manager) => {
      const meeting = await this.meetingOrThrow(meetingId);
      if (fields.motionId !== null) await this.motionOrThrow(fields.motionId);
      const position =
        fields.position ?? (await this.items.count({ where: { meeting: { id: meetingId } } }));
      return manager.save(manager.create(AgendaItemEntity, { ...fields, position, meeting }));
    });
  }

  /** Changes an agenda item, audited; joins the caller's unit of work like createItem. */
  async patchItem(
    meetingId: number,
    itemId: number,
    request: PatchAgendaItemRequest,
  ): Promise<AgendaItemEntity> {
    const fields: Partial<AgendaItemFields> = {};
    if (request.name !== undefined) fields.name = request.name;
    if (request.number !== undefined) fields.number = request.number;
    if (request.position !== undefined) fields.position = request.position;
    if (request.motionId !== undefined) fields.motionId = request.motionId;
    return this.uow.run(async () => {
      const before = { ...(await this.itemOrThrow(meetingId, itemId)), meetingId };
      await this.reviseItem(meetingId, itemId, fields);
      const item = await this.itemOrThrow(meetingId, itemId);
      const diff = auditDiff(before, { ...item, meetingId }, AGENDA_ITEM_AUDIT_FIELDS);
      await this.audit.record({
        action: 'update',
        entityType: 'agendaItem',
        entityId: itemId,
        ...diff,
      });
      return item;
    });
  }

  /** Changes an item; a linked motion must exist. False when nothing differs. */
  async reviseItem(
    meetingId: number,
    itemId: number,
    fields: Partial<AgendaItemFields>,
  ): Promise<boolean> {
    return this.uow.run(async (manager) => {
      const item = await this.itemOrThrow(meetingId, itemId);
      if (fields.motionId !== undefined && fields.motionId !== null) {
        await this.motionOrThrow(fields.motionId);
      }
      if (!assignChanged(item, fields)) return false;
      await manager.save(item);
      return true;
    });
  }

  async itemView(meetingId: number, itemId: number): Promise<AgendaItemView> {
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
