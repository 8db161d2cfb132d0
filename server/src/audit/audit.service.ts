import type {
  AuditAction,
  AuditChanges,
  AuditEntityType,
  AuditEntryView,
  AuditPage,
  AuditQuery,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { currentActor } from './audit-actor';
import { hasChanges } from './audit-changes';
import { AuditEntryEntity } from './audit-entry.entity';

export type AuditChange = {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | number;
  before: AuditChanges | null;
  after: AuditChanges | null;
};

const DEFAULT_LIMIT = 50;

/** The end of a `to` day: entries carry full timestamps, the filter takes calendar days. */
const END_OF_DAY = 'T23:59:59.999Z';

function toView(entry: AuditEntryEntity): AuditEntryView {
  return {
    id: entry.id,
    at: entry.at,
    actor: entry.actor,
    role: entry.role,
    ip: entry.ip,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before,
    after: entry.after,
  };
}

/** Owner of `audit_entry`: appends entries and reads them; never updates or deletes one. */
@Injectable()
export class AuditService {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * Appends an entry for a change, in the unit of work that makes it: rolled back with it, and
   * committed whenever it is. Actor and address come from the request (requestActors, app.setup.ts).
   * A change that changed nothing is not recorded; inside a summarised job (an import) neither.
   */
  async record(change: AuditChange): Promise<void> {
    if (currentActor().summarised || !hasChanges(change)) return;
    await this.append(change);
  }

  /** The one entry of a bulk job that runs summarised (see AuditActor.summarised). */
  async recordSummary(change: AuditChange): Promise<void> {
    await this.append(change);
  }

  private async append(change: AuditChange): Promise<void> {
    // Outside a unit of work the entry would commit apart from its change: a bug in the caller.
    if (!this.uow.inTransaction) throw new Error('Audit entries are written inside a unit of work');
    const { actor, role, ip } = currentActor();
    const manager = this.uow.manager;
    await manager.save(
      manager.create(AuditEntryEntity, {
        at: new Date().toISOString(),
        actor,
        role,
        ip,
        action: change.action,
        entityType: change.entityType,
        entityId: String(change.entityId),
        before: change.before,
        after: change.after,
      }),
    );
  }

  async list(query: AuditQuery): Promise<AuditPage> {
    const qb = this.uow.repo(AuditEntryEntity).createQueryBuilder('a');
    if (query.from) qb.andWhere('a.at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.at <= :to', { to: `${query.to}${END_OF_DAY}` });
    if (query.actor) qb.andWhere('a.actor = :actor', { actor: query.actor });
    if (query.entityType) qb.andWhere('a.entityType = :type', { type: query.entityType });
    if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    const [entries, total] = await qb
      .orderBy('a.id', 'DESC')
      .take(query.limit ?? DEFAULT_LIMIT)
      .skip(query.offset ?? 0)
      .getManyAndCount();
    return { total, entries: entries.map(toView) };
  }
}
