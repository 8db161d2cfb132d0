import type { BodyMemberView } from '@mehrheitsplaner/shared';
import { CouncilEntity } from '../council/council.entity';
import { GroupEntity } from '../council/group.entity';
import { MemberEntity } from '../council/member.entity';
import { coversDate } from '../council/membership-rules';
import type { UnitOfWork } from '../database/unit-of-work';
import { sortMembers } from './body-views';

/**
 * The Rat's members on `date` as body members, read from the council module's tables (they are
 * not copied into body_membership): each councillor with the membership covering the day, and
 * the mayor as the chair (no group). `id` is the person's id: the council edits them.
 */
export async function councilMembersOn(uow: UnitOfWork, date: string): Promise<BodyMemberView[]> {
  const council = await uow.repo(CouncilEntity).findOne({ where: {}, order: { id: 'ASC' } });
  const members = await uow.repo(MemberEntity).find({ relations: { memberships: true } });
  const groups = await uow.repo(GroupEntity).find();
  const views: BodyMemberView[] = [];
  for (const member of members) {
    const person = { id: member.id, personId: member.id, name: member.name };
    if (member.isMayor) {
      const from = council?.termFrom ?? date;
      views.push({
        ...person,
        groupKey: null,
        role: 'chair',
        from,
        to: null,
        version: member.version,
      });
      continue;
    }
    const seat = member.memberships.find((membership) => coversDate(membership, date));
    if (!seat) continue;
    views.push({
      ...person,
      groupKey: seat.group.key,
      role: 'member',
      from: seat.from,
      to: seat.to,
      version: member.version,
    });
  }
  return sortMembers(views, new Map(groups.map((group) => [group.key, group.chartOrder])));
}
