import { COUNCIL_BODY_KEY } from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import type { CouncilSnapshot } from '../council/council-snapshot';
import { CouncilSnapshotService } from '../council/council-snapshot.service';
import { GroupEntity } from '../council/group.entity';
import { todayIso } from '../council/membership-rules';
import { ChangeFeed } from '../database/change-feed';
import { CommittedCache } from '../database/committed-cache';
import { UnitOfWork } from '../database/unit-of-work';
import { BodyEntity, rulesOf } from './body.entity';
import { BodyMembershipEntity } from './body-membership.entity';
import { BodiesError } from './bodies.errors';
import { bodyMembershipRows, toBodySnapshot } from './body-snapshot';

/** The tables a body's snapshot is read from (besides the Rat's, which is the council's). */
const BODY_TABLES: ReadonlySet<string> = new Set([
  'body',
  'body_membership',
  'council_group',
  'member',
]);

/**
 * "The body on date X" for the counting engine, in the one shape of the council snapshot. The Rat
 * (`RAT`) is exactly the council snapshot; another body is built from its own memberships (see
 * toBodySnapshot). Today's snapshot of each body is cached like the council's: dropped when a
 * commit on any instance writes a body table (CommittedCache), rebuilt on a new day; other days
 * are loaded when asked.
 */
@Injectable()
export class BodySnapshotService {
  private readonly cache: CommittedCache<CouncilSnapshot>;

  constructor(
    private readonly councilSnapshots: CouncilSnapshotService,
    private readonly uow: UnitOfWork,
    feed: ChangeFeed,
  ) {
    this.cache = new CommittedCache(feed, uow, (table) => BODY_TABLES.has(table));
  }

  /** The body `bodyKey` as it stood on `date` (YYYY-MM-DD); 404 BODY_NOT_FOUND when unknown. */
  async snapshotOf(bodyKey: string, date: string): Promise<CouncilSnapshot> {
    if (bodyKey === COUNCIL_BODY_KEY) return this.councilSnapshots.on(date);
    if (date !== todayIso()) return this.load(bodyKey, date);
    return this.cache.get(`${bodyKey}|${date}`, () => this.load(bodyKey, date));
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
