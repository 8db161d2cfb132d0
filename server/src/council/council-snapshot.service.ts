import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { CouncilService } from './council.service';
import { toSnapshot, type CouncilSnapshot } from './council-snapshot';
import { MemberEntity } from './member.entity';
import { MembershipEntity } from './membership.entity';
import { coversDate, todayIso } from './membership-rules';

/**
 * The council as counting sees it, cached: every whip change needs it, council changes are rare.
 * CouncilService invalidates it whenever it publishes a council change; a new day rebuilds it.
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

  invalidate(): void {
    this.cached = null;
  }

  private async load(date: string): Promise<CouncilSnapshot> {
    const [view, mayor, memberships] = await Promise.all([
      this.council.getCouncil(),
      this.uow.repo(MemberEntity).findOne({ where: { isMayor: true }, order: { id: 'ASC' } }),
      this.uow.repo(MembershipEntity).find({ relations: { member: true } }),
    ]);
    const memberGroups = new Map<number, string>();
    for (const membership of memberships) {
      if (coversDate(membership, date))
        memberGroups.set(membership.member.id, membership.group.key);
    }
    return toSnapshot(view, date, mayor?.id ?? null, memberGroups);
  }
}
