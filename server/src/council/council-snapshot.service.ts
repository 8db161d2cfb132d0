import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { CouncilService } from './council.service';
import { membershipRows, toSnapshot, type CouncilSnapshot } from './council-snapshot';
import { GroupEntity } from './group.entity';
import { MemberEntity } from './member.entity';
import { MembershipEntity } from './membership.entity';
import { todayIso } from './membership-rules';

/**
 * The one place that loads "the council on date X". Today's is cached: every whip change needs
 * it, council changes are rare. CouncilService invalidates it whenever it publishes a council
 * change; a new day rebuilds it. Other days (a recorded vote's) are loaded when asked.
 */
@Injectable()
export class CouncilSnapshotService {
  private cached: Promise<CouncilSnapshot> | null = null;

  constructor(
    private readonly council: CouncilService,
    private readonly uow: UnitOfWork,
  ) {
    council.onChange(() => this.invalidate());
  }

  /** The council today. */
  async snapshot(): Promise<CouncilSnapshot> {
    const today = todayIso();
    // Inside a write the snapshot must see that write's rows, and must not be shared: it may
    // still roll back, and waiting on a load queued behind the write would deadlock.
    if (this.uow.inTransaction) return this.load(today);
    if (this.cached) {
      const snapshot = await this.cached;
      if (snapshot.date === today) return snapshot;
    }
    const loading = this.load(today);
    this.cached = loading;
    loading.catch(() => {
      if (this.cached === loading) this.cached = null;
    });
    return loading;
  }

  /** The council as it stood on `date` (memberships valid that day, not today's). */
  async on(date: string): Promise<CouncilSnapshot> {
    return date === todayIso() ? this.snapshot() : this.load(date);
  }

  invalidate(): void {
    this.cached = null;
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
