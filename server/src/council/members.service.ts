import type {
  CreateMemberRequest,
  LeaveCouncilRequest,
  MemberView,
  MembershipView,
  PatchMemberRequest,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { auditDiff } from '../audit/audit-changes';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork } from '../database/unit-of-work';
import { CouncilEntity } from './council.entity';
import { CouncilError } from './council.errors';
import { CouncilService } from './council.service';
import { GroupEntity } from './group.entity';
import { MemberEntity } from './member.entity';
import { MembershipEntity } from './membership.entity';
import {
  groupKeyOn,
  isoDateOrThrow,
  overlappingPeriod,
  planGroupSwitch,
  planLeave,
  todayIso,
  type DatedMembership,
} from './membership-rules';

/** A dated membership in one group; both ends inclusive, `to` null while open. */
export type MembershipPeriod = { groupId: number; from: string; to: string | null };

/** A member is in one group at a time: their memberships never share a day. */
function checkNoOverlap(
  period: { from: string; to: string | null },
  others: MembershipEntity[],
): void {
  const clash = overlappingPeriod(period, others);
  if (!clash) return;
  const span = (p: { from: string; to: string | null }) => `${p.from} bis ${p.to ?? 'offen'}`;
  throw new CouncilError(
    'INVALID_DATE',
    `Die Mitgliedschaft ${span(period)} überschneidet sich mit der in ${clash.group.key} ` +
      `(${span(clash)})`,
  );
}

function toDated(membership: MembershipEntity): DatedMembership {
  return { groupKey: membership.group.key, from: membership.from, to: membership.to };
}

@Injectable()
export class MembersService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly council: CouncilService,
    private readonly audit: AuditService,
  ) {}

  private get members() {
    return this.uow.repo(MemberEntity);
  }

  async listMembers(date: string = todayIso()): Promise<MemberView[]> {
    const members = await this.members.find({
      relations: { memberships: true },
      order: { id: 'ASC' },
    });
    return members.map((member) => this.toView(member, date));
  }

  async memberOrThrow(id: number): Promise<MemberEntity> {
    const member = await this.members.findOne({ where: { id }, relations: { memberships: true } });
    if (!member) throw new CouncilError('MEMBER_NOT_FOUND', `Ratsmitglied ${id} nicht gefunden`);
    return member;
  }

  async membershipsOf(id: number): Promise<MembershipView[]> {
    const member = await this.memberOrThrow(id);
    return [...member.memberships].sort((a, b) => a.from.localeCompare(b.from)).map(toDated);
  }

  /** The group key a member belonged to on `date` (YYYY-MM-DD), null for none or the mayor. */
  async groupOfMemberOn(memberId: number, date: string): Promise<string | null> {
    isoDateOrThrow(date);
    const member = await this.memberOrThrow(memberId);
    return groupKeyOn(member.memberships.map(toDated), date);
  }

  async create(request: CreateMemberRequest): Promise<MemberView> {
    const created = await this.uow.run(async (manager) => {
      const group = await this.groupInOrThrow(manager, request.groupKey);
      const council = await manager.findOne(CouncilEntity, { where: {}, order: { id: 'ASC' } });
      const asked = request.from === undefined ? todayIso() : isoDateOrThrow(request.from);
      const from = council && council.termFrom > asked ? council.termFrom : asked;
      const member = await manager.save(
        manager.create(MemberEntity, { name: request.name, isMayor: false }),
      );
      await manager.save(manager.create(MembershipEntity, { member, group, from, to: null }));
      await this.markSeatsEntered(manager, [group]);
      const after = { name: member.name, memberships: await this.membershipsOf(member.id) };
      await this.audit.record({
        action: 'create',
        entityType: 'member',
        entityId: member.id,
        before: null,
        after,
      });
      return member.id;
    });
    await this.council.publishCouncil();
    return this.toView(await this.memberOrThrow(created), todayIso());
  }

  /**
   * Renames and/or switches group. A switch closes the open membership on the day before `from`
   * (default today) and opens one in the new group on `from`; a switch on the open membership's
   * own start date corrects its group instead; an earlier date is rejected.
   */
  async patch(id: number, request: PatchMemberRequest): Promise<MemberView> {
    await this.uow.run(async (manager) => {
      const member = await this.memberAtVersion(manager, id, request.version, request.name);
      // A group switch is a change of the member's memberships: both are logged as one entry.
      const before = { name: member.name, memberships: await this.membershipsOf(id) };
      if (request.name !== undefined) {
        member.name = request.name;
        if (member.isMayor) await this.renameMayor(manager, request.name);
      }
      if (request.groupKey !== undefined) {
        await this.switchGroup(manager, member, request.groupKey, request.from ?? todayIso());
      } else if (request.from !== undefined) {
        isoDateOrThrow(request.from);
      }
      const after = { name: member.name, memberships: await this.membershipsOf(id) };
      const diff = auditDiff(before, after, ['name', 'memberships']);
      await this.audit.record({ action: 'update', entityType: 'member', entityId: id, ...diff });
    });
    await this.council.publishCouncil();
    return this.toView(await this.memberOrThrow(id), todayIso());
  }

  /**
   * An admin records that a member leaves the council on `on` (see leave): their open membership
   * ends the day before; they stay on record for past votes.
   */
  async leaveCouncil(id: number, request: LeaveCouncilRequest): Promise<MemberView> {
    await this.uow.run(async (manager) => {
      const member = await this.memberAtVersion(manager, id, request.version);
      isoDateOrThrow(request.on);
      const before = { memberships: await this.membershipsOf(id) };
      const open = member.memberships.filter((membership) => membership.to === null);
      if (open.length === 0) {
        throw new CouncilError(
          'MEMBER_WITHOUT_MEMBERSHIP',
          'Das Mitglied hat keine offene Mitgliedschaft',
        );
      }
      // Leaving before joining would erase the membership (and the seat's history) altogether.
      const early = open.find((membership) => request.on < membership.from);
      if (early) {
        throw new CouncilError(
          'INVALID_DATE',
          `Das Ausscheiden am ${request.on} liegt vor dem Beginn der Mitgliedschaft (${early.from})`,
        );
      }
      await this.leave(id, request.on);
      await this.markSeatsEntered(
        manager,
        open.map((membership) => membership.group),
      );
      const diff = auditDiff(before, { memberships: await this.membershipsOf(id) }, [
        'memberships',
      ]);
      await this.audit.record({ action: 'update', entityType: 'member', entityId: id, ...diff });
    });
    await this.council.publishCouncil();
    return this.toView(await this.memberOrThrow(id), todayIso());
  }

  /**
   * The member, after moving its version on (UPDATE … WHERE version, with the new name if any):
   * every admin edit of a member or its memberships makes an older `version` stale (409).
   */
  private async memberAtVersion(
    manager: EntityManager,
    id: number,
    version: number | undefined,
    name?: string,
  ): Promise<MemberEntity> {
    const member = await this.memberOrThrow(id);
    const stale = () =>
      new CouncilError(
        'MEMBER_VERSION_CONFLICT',
        `Das Ratsmitglied wurde inzwischen geändert (Version ${member.version}). Bitte neu laden.`,
      );
    if (version !== undefined && version !== member.version) throw stale();
    const moved = await manager
      .createQueryBuilder()
      .update(MemberEntity)
      .set({ name: name ?? member.name })
      .where('id = :id AND version = :version', { id, version: member.version })
      .execute();
    if (moved.affected !== 1) throw stale();
    return member;
  }

  // The writes below keep a member's dated history as a source (an import) states it. They join
  // the caller's unit of work and publish nothing: the caller publishes once after its commit.
  // Seat counts they change stay the source's data, so groups are not marked as entered.

  /** Adds a member without a membership yet: the dated memberships follow. */
  async add(name: string): Promise<MemberEntity> {
    return this.uow.run((manager) =>
      manager.save(manager.create(MemberEntity, { name, isMayor: false })),
    );
  }

  /** Renames a member (the mayor's name is the council's too); false when unchanged. */
  async rename(id: number, name: string): Promise<boolean> {
    return this.uow.run(async (manager) => {
      const member = await this.memberOrThrow(id);
      if (member.name === name) return false;
      await this.renameMember(manager, member, name);
      return true;
    });
  }

  /** Removes a member's memberships except `keep` (an adopted seat takes the source's history). */
  async dropMemberships(memberId: number, keep: Set<number>): Promise<void> {
    await this.uow.run(async (manager) => {
      const member = await this.memberOrThrow(memberId);
      const dropped = member.memberships.filter((m) => !keep.has(m.id)).map((m) => m.id);
      if (dropped.length > 0) await manager.delete(MembershipEntity, { id: In(dropped) });
    });
  }

  /** Records a dated membership that overlaps none of the member's others; returns its id. */
  async addMembership(memberId: number, period: MembershipPeriod): Promise<number> {
    return this.uow.run(async (manager) => {
      const fields = await this.checkedPeriod(period);
      const member = await this.memberOrThrow(memberId);
      checkNoOverlap(fields, member.memberships);
      const membership = await manager.save(
        manager.create(MembershipEntity, { member, ...fields }),
      );
      return membership.id;
    });
  }

  /** Moves a membership to another member, group or period; false when nothing differs. */
  async reviseMembership(id: number, memberId: number, period: MembershipPeriod): Promise<boolean> {
    return this.uow.run(async (manager) => {
      const fields = await this.checkedPeriod(period);
      const membership = await manager.findOne(MembershipEntity, {
        where: { id },
        relations: { member: true },
      });
      if (!membership) {
        throw new CouncilError('MEMBER_NOT_FOUND', `Mitgliedschaft ${id} nicht gefunden`);
      }
      const unchanged =
        membership.member.id === memberId &&
        membership.group.id === fields.group.id &&
        membership.from === fields.from &&
        membership.to === fields.to;
      if (unchanged) return false;
      const member = await this.memberOrThrow(memberId);
      checkNoOverlap(
        fields,
        member.memberships.filter((other) => other.id !== id),
      );
      await manager.save(Object.assign(membership, { member, ...fields }));
      return true;
    });
  }

  async removeMembership(id: number): Promise<void> {
    await this.uow.run((manager) => manager.delete(MembershipEntity, { id }));
  }

  /**
   * The member leaves the council on `on` but stays (past votes name them): open memberships end
   * the day before (see planLeave). False when they had none open.
   */
  async leave(memberId: number, on: string = todayIso()): Promise<boolean> {
    return this.uow.run(async (manager) => {
      const open = await manager.find(MembershipEntity, {
        where: { member: { id: memberId }, to: IsNull() },
      });
      for (const membership of open) {
        const plan = planLeave(membership, on);
        if (plan.kind === 'remove') await manager.delete(MembershipEntity, { id: membership.id });
        else await manager.save(Object.assign(membership, { to: plan.closeOn }));
      }
      return open.length > 0;
    });
  }

  private async checkedPeriod(
    period: MembershipPeriod,
  ): Promise<{ group: GroupEntity; from: string; to: string | null }> {
    const from = isoDateOrThrow(period.from);
    const to = period.to === null ? null : isoDateOrThrow(period.to);
    if (to !== null && to < from) {
      throw new CouncilError('INVALID_DATE', `Die Mitgliedschaft endet (${to}) vor ihrem Beginn`);
    }
    const group = await this.uow.repo(GroupEntity).findOne({ where: { id: period.groupId } });
    if (!group) throw new CouncilError('GROUP_NOT_FOUND', `Unbekannte Gruppe ${period.groupId}`);
    return { group, from, to };
  }

  private async renameMember(manager: EntityManager, member: MemberEntity, name: string) {
    member.name = name;
    await manager.save(member);
    if (member.isMayor) await this.renameMayor(manager, name);
  }

  private async switchGroup(
    manager: EntityManager,
    member: MemberEntity,
    groupKey: string,
    from: string,
  ): Promise<void> {
    if (member.isMayor) {
      throw new CouncilError('MAYOR_HAS_NO_GROUP', 'Der Oberbürgermeister gehört keiner Gruppe an');
    }
    const group = await this.groupInOrThrow(manager, groupKey);
    const open = await manager.findOne(MembershipEntity, {
      where: { member: { id: member.id }, to: IsNull() },
      order: { from: 'DESC' },
    });
    if (!open) {
      throw new CouncilError(
        'MEMBER_WITHOUT_MEMBERSHIP',
        'Das Mitglied hat keine offene Mitgliedschaft',
      );
    }
    if (open.group.key === groupKey) return;
    const plan = planGroupSwitch(open, from);
    const previous = open.group;
    if (plan.kind === 'replace-group') {
      open.group = group;
      await manager.save(open);
    } else {
      open.to = plan.closeOn;
      await manager.save(open);
      await manager.save(
        manager.create(MembershipEntity, { member, group, from: plan.from, to: null }),
      );
    }
    await this.markSeatsEntered(manager, [previous, group]);
  }

  private async groupInOrThrow(manager: EntityManager, key: string): Promise<GroupEntity> {
    const group = await manager.findOne(GroupEntity, { where: { key } });
    if (!group) throw new CouncilError('GROUP_NOT_FOUND', `Unbekannte Gruppe "${key}"`);
    return group;
  }

  /** Once members are edited, a group's seat count is entered data, no longer the estimate. */
  private async markSeatsEntered(manager: EntityManager, groups: GroupEntity[]): Promise<void> {
    for (const group of groups) {
      await manager.update(
        GroupEntity,
        { id: group.id },
        { seatsSource: null, seatsConfidence: 'entered' },
      );
    }
  }

  private async renameMayor(manager: EntityManager, name: string): Promise<void> {
    const council = await manager.findOne(CouncilEntity, { where: {}, order: { id: 'ASC' } });
    if (council) await manager.save(Object.assign(council, { mayorName: name }));
  }

  private toView(member: MemberEntity, date: string): MemberView {
    return {
      id: member.id,
      name: member.name,
      groupKey: member.isMayor ? null : groupKeyOn(member.memberships.map(toDated), date),
      isMayor: member.isMayor,
      version: member.version,
    };
  }
}
