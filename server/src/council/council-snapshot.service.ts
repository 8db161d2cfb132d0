import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
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
    @InjectRepository(MemberEntity) private readonly members: Repository<MemberEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
  ) {
    council.onChange(() => this.invalidate());
  }

  async snapshot(): Promise<CouncilSnapshot> {
    const today = todayIso();
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
      this.members.findOne({ where: { isMayor: true }, order: { id: 'ASC' } }),
      this.memberships.find({ relations: { member: true } }),
    ]);
    const memberGroups = new Map<number, string>();
    for (const membership of memberships) {
      if (coversDate(membership, date))
        memberGroups.set(membership.member.id, membership.group.key);
    }
    return toSnapshot(view, date, mayor?.id ?? null, memberGroups);
  }
}
