import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { CouncilService } from '../council/council.service';
import { GroupEntity } from '../council/group.entity';
import { MemberEntity } from '../council/member.entity';
import { MembershipEntity } from '../council/membership.entity';
import { coversDate } from '../council/membership-rules';
import type { CouncilDay } from './council-day';

/** Loads the council as it stood on one day (memberships valid that day, not today's). */
@Injectable()
export class CouncilDayService {
  constructor(
    private readonly council: CouncilService,
    private readonly uow: UnitOfWork,
  ) {}

  async on(date: string): Promise<CouncilDay> {
    // One after another: inside a write they share the transaction's connection.
    const council = await this.council.councilOrThrow();
    const groups = await this.uow
      .repo(GroupEntity)
      .find({ order: { chartOrder: 'ASC', id: 'ASC' } });
    const members = await this.uow.repo(MemberEntity).find({ select: { id: true, isMayor: true } });
    const memberships = await this.uow.repo(MembershipEntity).find({ relations: { member: true } });
    const memberGroups = new Map<number, string>();
    const seats = new Map<string, number>();
    for (const membership of memberships) {
      if (!coversDate(membership, date)) continue;
      memberGroups.set(membership.member.id, membership.group.key);
      seats.set(membership.group.key, (seats.get(membership.group.key) ?? 0) + 1);
    }
    const mayor = members.find((member) => member.isMayor) ?? null;
    return {
      date,
      groups: groups.map(({ key, excluded, coalition }) => ({
        key,
        excluded,
        coalition,
        seats: seats.get(key) ?? 0,
      })),
      memberGroups,
      knownMemberIds: new Set(members.map((member) => member.id)),
      mayorMemberId: mayor?.id ?? null,
      mayorVotes: council.mayorVotes && mayor !== null,
    };
  }
}
