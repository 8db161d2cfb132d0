import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../database/change-feed';
import { CommittedCache } from '../database/committed-cache';
import { UnitOfWork } from '../database/unit-of-work';
import { CouncilService } from './council.service';
import { membershipRows, toSnapshot, type CouncilSnapshot } from './council-snapshot';
import { GroupEntity } from './group.entity';
import { MemberEntity } from './member.entity';
import { MembershipEntity } from './membership.entity';
import { todayIso } from './membership-rules';

/** The tables "the council on a date" is read from. */
export const COUNCIL_TABLES: ReadonlySet<string> = new Set([
  'council',
  'council_group',
  'member',
  'membership',
]);

/**
 * The one place that loads "the council on date X". Today's is cached: every whip change needs
 * it, council changes are rare. A commit that writes a council table on any instance drops it
 * (CommittedCache); a new day rebuilds it. Other days (a recorded vote's) are loaded when asked.
 */
@Injectable()
export class CouncilSnapshotService {
  private readonly cache: CommittedCache<CouncilSnapshot>;

  constructor(
    private readonly council: CouncilService,
    private readonly uow: UnitOfWork,
    feed: ChangeFeed,
  ) {
    this.cache = new CommittedCache(feed, uow, (table) => COUNCIL_TABLES.has(table));
  }

  /** The council today. */
  snapshot(): Promise<CouncilSnapshot> {
    const today = todayIso();
    return this.cache.get(today, () => this.load(today));
  }

  /** The council as it stood on `date` (memberships valid that day, not today's). */
  async on(date: string): Promise<CouncilSnapshot> {
    return date === todayIso() ? this.snapshot() : this.load(date);
  }

  private async load(date: string): Promise<CouncilSnapshot> {
    // One after another: inside a write they share the transaction's connection.
    const council = await this.council.councilOrThrow();
    const groups = await this.uow
      .repo(GroupEntity)
      .find({ order: { chartOrder: 'ASC', id: 'ASC' } });
    const members = await this.uow
      .repo(MemberEntity)
      .find({ select: { id: true, isMayor: true }, order: { id: 'ASC' } });
    const memberships = await this.uow.repo(MembershipEntity).find({ relations: { member: true } });
    return toSnapshot(
      {
        mayorSetting: council.mayorVotes,
        groups,
        members,
        memberships: membershipRows(memberships),
      },
      date,
    );
  }
}
