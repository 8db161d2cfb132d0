import { COUNCIL_BODY_KEY } from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import type { CouncilSnapshot } from '../council/council-snapshot';
import { CouncilSnapshotService } from '../council/council-snapshot.service';
import { CouncilService } from '../council/council.service';
import { GroupEntity } from '../council/group.entity';
import { todayIso } from '../council/membership-rules';
import { UnitOfWork } from '../database/unit-of-work';
import { BodyEntity, rulesOf } from './body.entity';
import { BodyMembershipEntity } from './body-membership.entity';
import { BodiesError } from './bodies.errors';
import { bodyMembershipRows, toBodySnapshot } from './body-snapshot';

/**
 * "The body on date X" for the counting engine, in the one shape of the council snapshot. The Rat
 * (`RAT`) is exactly the council snapshot; another body is built from its own memberships (see
 * toBodySnapshot). Today's snapshot of each body is cached like the council's: dropped when a
 * body or the council changes (BodiesService and CouncilService call invalidate), rebuilt on a new
 * day; other days are loaded when asked.
 */
@Injectable()
export class BodySnapshotService {
  private readonly cached = new Map<string, Promise<CouncilSnapshot>>();

  constructor(
    private readonly councilSnapshots: CouncilSnapshotService,
    private readonly uow: UnitOfWork,
    council: CouncilService,
  ) {
    council.onChange(() => this.invalidate());
  }

  /** The body `bodyKey` as it stood on `date` (YYYY-MM-DD); 404 BODY_NOT_FOUND when unknown. */
  async snapshotOf(bodyKey: string, date: string): Promise<CouncilSnapshot> {
    if (bodyKey === COUNCIL_BODY_KEY) return this.councilSnapshots.on(date);
    // Inside a write the snapshot must see that write's rows and must not be shared (see
    // CouncilSnapshotService.snapshot).
    if (date !== todayIso() || this.uow.inTransaction) return this.load(bodyKey, date);
    const cached = this.cached.get(bodyKey);
    if (cached) {
      const snapshot = await cached;
      if (snapshot.date === date) return snapshot;
    }
    const loading = this.load(bodyKey, date);
    this.cached.set(bodyKey, loading);
    loading.catch(() => {
      if (this.cached.get(bodyKey) === loading) this.cached.delete(bodyKey);
    });
    return loading;
  }

  invalidate(): void {
    this.cached.clear();
  }

  private async load(bodyKey: string, date: string): Promise<CouncilSnapshot> {
    // One after another: inside a write they share the transaction's connection.
    const body = await this.uow.repo(BodyEntity).findOne({ where: { key: bodyKey } });
    if (!body) throw new BodiesError('BODY_NOT_FOUND', `Unbekanntes Gremium "${bodyKey}"`);
    const groups = await this.uow
      .repo(GroupEntity)
      .find({ order: { chartOrder: 'ASC', id: 'ASC' } });
    const memberships = await this.uow
      .repo(BodyMembershipEntity)
      .find({ where: { body: { key: bodyKey } } });
    return toBodySnapshot(
      {
        chairVotes: body.chairVotes,
        rules: rulesOf(body),
        groups,
        memberships: bodyMembershipRows(memberships),
      },
      date,
    );
  }
}
