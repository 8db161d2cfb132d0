import {
  MAYOR_KEY,
  type CouncilView,
  type CreateGroupRequest,
  type GroupView,
  type PatchGroupRequest,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { auditDiff } from '../audit/audit-changes';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork } from '../database/unit-of-work';
import { RealtimeService } from '../realtime/realtime.service';
import { CouncilEntity } from './council.entity';
import { CouncilError } from './council.errors';
import { toCouncilView } from './council-view';
import { GroupEntity } from './group.entity';
import { MemberEntity } from './member.entity';
import { MembershipEntity } from './membership.entity';
import { BodyMembershipEntity } from '../bodies/body-membership.entity';
import { memberGroupsOn, membershipRows, seatsByGroup } from './council-snapshot';
import { todayIso } from './membership-rules';

const GROUP_AUDIT_FIELDS = ['name', 'color', 'excluded', 'coalition'] as const;

function staleGroupError(currentVersion: number): CouncilError {
  return new CouncilError(
    'GROUP_VERSION_CONFLICT',
    `Die Fraktion wurde inzwischen geändert (Version ${currentVersion}). Bitte neu laden.`,
  );
}

@Injectable()
export class CouncilService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
  ) {}

  // Bound to the transaction in progress, so a check inside a write sees that write's rows.
  private get councils() {
    return this.uow.repo(CouncilEntity);
  }
  private get groups() {
    return this.uow.repo(GroupEntity);
  }
  private get members() {
    return this.uow.repo(MemberEntity);
  }
  private get memberships() {
    return this.uow.repo(MembershipEntity);
  }

  async councilOrThrow(): Promise<CouncilEntity> {
    const [council] = await this.councils.find({ order: { id: 'ASC' }, take: 1 });
    if (!council) throw new CouncilError('COUNCIL_NOT_SEEDED', 'Der Rat ist noch nicht angelegt');
    return council;
  }

  async groupOrThrow(key: string): Promise<GroupEntity> {
    const group = await this.groups.findOne({ where: { key } });
    if (!group) throw new CouncilError('GROUP_NOT_FOUND', `Unbekannte Gruppe "${key}"`);
    return group;
  }

  /** Seats per group on `date`, by the one rule of the council snapshot. */
  async seatsByGroupOn(date: string): Promise<Map<string, number>> {
    const memberships = await this.memberships.find({ relations: { member: true } });
    return seatsByGroup(memberGroupsOn(membershipRows(memberships), date));
  }

  async getCouncil(): Promise<CouncilView> {
    const council = await this.councilOrThrow();
    const [groups, seats, hasMayor] = await Promise.all([
      this.groups.find(),
      this.seatsByGroupOn(todayIso()),
      this.members.exists({ where: { isMayor: true } }),
    ]);
    return toCouncilView(council, groups, seats, hasMayor);
  }

  /**
   * Applies an admin's edit (at `version` when given: UPDATE … WHERE version) and returns the
   * group as GET /api/council shows it.
   */
  async patchGroup(key: string, patch: PatchGroupRequest): Promise<GroupView> {
    await this.uow.run(async (manager) => {
      const group = await this.groupOrThrow(key);
      if (patch.version !== undefined && patch.version !== group.version) {
        throw staleGroupError(group.version);
      }
      const next = {
        name: patch.name ?? group.name,
        color: patch.color?.toUpperCase() ?? group.color,
        excluded: patch.excluded ?? group.excluded,
        coalition: patch.coalition ?? group.coalition,
      };
      const moved = await manager
        .createQueryBuilder()
        .update(GroupEntity)
        .set(next)
        .where('id = :id AND version = :version', { id: group.id, version: group.version })
        .execute();
      if (moved.affected !== 1) throw staleGroupError(group.version);
      const diff = auditDiff(group, { ...group, ...next }, GROUP_AUDIT_FIELDS);
      await this.audit.record({ action: 'update', entityType: 'group', entityId: key, ...diff });
    });
    return this.publishedGroup(key);
  }

  /** An admin's new group: at the right end of the chart, its seats come from members joining it. */
  async createGroup(request: CreateGroupRequest): Promise<GroupView> {
    await this.uow.run(async (manager) => {
      const taken = (await this.groups.find()).some(
        (group) => group.key.toLowerCase() === request.key.toLowerCase(),
      );
      if (taken || request.key.toUpperCase() === MAYOR_KEY) {
        throw new CouncilError('GROUP_KEY_TAKEN', `Das Kürzel "${request.key}" ist vergeben`);
      }
      const group = await this.addGroup({
        key: request.key,
        name: request.name,
        color: request.color.toUpperCase(),
        seatsConfidence: 'entered',
      });
      group.excluded = request.excluded ?? false;
      group.coalition = request.coalition ?? false;
      await manager.save(group);
      const diff = auditDiff(null, group, GROUP_AUDIT_FIELDS);
      await this.audit.record({
        action: 'create',
        entityType: 'group',
        entityId: request.key,
        ...diff,
      });
    });
    return this.publishedGroup(request.key);
  }

  private async publishedGroup(key: string): Promise<GroupView> {
    const council = await this.publishCouncil();
    const view = council.groups.find((g) => g.key === key);
    if (!view) throw new CouncilError('GROUP_NOT_FOUND', `Unbekannte Gruppe "${key}"`);
    return view;
  }

  // The writes below join the caller's unit of work (an import) and publish nothing: the caller
  // publishes the council once after its commit.

  /** Renames the council; false when it already has this name (or is not seeded yet). */
  async rename(name: string): Promise<boolean> {
    return this.uow.run(async (manager) => {
      const [council] = await this.councils.find({ order: { id: 'ASC' }, take: 1 });
      if (!council || council.name === name) return false;
      council.name = name;
      await manager.save(council);
      return true;
    });
  }

  /**
   * Adds a group after the existing ones in the chart, neither excluded nor in the coalition (an
   * admin decides that); its seats come from the memberships that name it.
   */
  async addGroup(
    fields: Pick<GroupEntity, 'key' | 'name' | 'color' | 'seatsConfidence'>,
  ): Promise<GroupEntity> {
    return this.uow.run(async (manager) => {
      const last = await this.groups.findOne({ where: {}, order: { chartOrder: 'DESC' } });
      return manager.save(
        manager.create(GroupEntity, {
          ...fields,
          excluded: false,
          coalition: false,
          chartOrder: Math.max(0, last?.chartOrder ?? 0) + 1,
          seatsSource: null,
        }),
      );
    });
  }

  /**
   * Removes a group unless a membership, in the Rat or another body, still names it (seat history
   * needs it); true if removed.
   */
  async removeGroupIfUnused(id: number): Promise<boolean> {
    return this.uow.run(async (manager) => {
      if (await this.memberships.exists({ where: { group: { id } } })) return false;
      const inBody = this.uow.repo(BodyMembershipEntity);
      if (await inBody.exists({ where: { group: { id } } })) return false;
      await manager.delete(GroupEntity, { id });
      return true;
    });
  }

  /** Sends the current council to every live client and returns it. */
  async publishCouncil(): Promise<CouncilView> {
    const council = await this.getCouncil();
    this.realtime.emitCouncil(council);
    return council;
  }
}
