import type { AgendaItemView, MeetingView } from '@mehrheitsplaner/shared';
import type { MotionEntity } from '../motions/motion.entity';
import type { AgendaItemEntity } from './agenda-item.entity';
import type { MeetingEntity } from './meeting.entity';

export function toMeetingView(meeting: MeetingEntity, agendaItemCount: number): MeetingView {
  return {
    id: meeting.id,
    name: meeting.name,
    date: meeting.date,
    body: meeting.body,
    start: meeting.start,
    cancelled: meeting.cancelled,
    agendaItemCount,
  };
}

export function toAgendaItemView(
  meetingId: number,
  item: AgendaItemEntity,
  motion: MotionEntity | undefined,
  voteId: number | undefined,
): AgendaItemView {
  return {
    id: item.id,
    meetingId,
    number: item.number,
    name: item.name,
    position: item.position,
    motionId: item.motionId,
    motion: motion ? { id: motion.id, title: motion.title, status: motion.status } : null,
    voteId: voteId ?? null,
  };
}
