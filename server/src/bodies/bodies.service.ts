import {
  COUNCIL_BODY_KEY,
  GO_NRW_RULES,
  type AddBodyMemberRequest,
  type BodyKind,
  type BodyMemberView,
  type BodyRole,
  type BodySummary,
  type BodyView,
  type CreateBodyRequest,
  type MajorityRule,
  type PatchBodyMemberRequest,
  type PatchBodyRequest,
  type QuorumRule,
} from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { auditDiff } from '../audit/audit-changes';
import { AuditService } from '../audit/audit.service';
import type { CouncilEntity } from '../council/council.entity';
import { CouncilService } from '../council/council.service';
import { GroupEntity } from '../council/group.entity';
import { MembersService } from '../council/members.service';
import { coversDate, isoDateOrThrow, todayIso } from '../council/membership-rules';
import { UnitOfWork } from '../database/unit-of-work';
import { BodiesError } from './bodies.errors';
import { BodyMembershipEntity } from './body-membership.entity';
import { bodyMembershipRows } from './body-snapshot';
import { BodyEntity, rulesOf } from './body.entity';
import {
  bodyView,
  compareBodies,
  councilBodyView,
  sortMembers,
  toMemberView,
  toSummary,
} from './body-views';
import { councilMembersOn } from './council-members';
import { checkNoOverlap, checkOneChair, checkPeriod, type Period } from './membership-period';

const BODY_AUDIT_FIELDS = ['name', 'kind', 'chairVotes', 'quorumRule', 'majorityRule'] as const;
const MEMBERSHIP_AUDIT_FIELDS = ['body', 'person', 'group', 'from', 'to', 'role'] as const;

/** A body's own fields, as an admin or an import gives them (left out: kept, new: GO NRW's). */
export type BodyFields = {
  key: string;
  name: string;
  kind: BodyKind;
  chairVotes?: boolean;
  quorumRule?: QuorumRule;
  majorityRule?: MajorityRule;
};

/** A new seat in a body: who, for which group, from when (open when `to` is left out), as what. */
export type NewBodyMembership = {
  memberId: number;
  groupKey: string;
  from: string;
  to?: string | null;
  role?: BodyRole;
};

function councilIsEditedElsewhere(): BodiesError {
  return new BodiesError(
    'BODY_IS_COUNCIL',
    'Der Rat wird unter „Rat“ bearbeitet: seine Mitglieder sind die Ratsmitglieder',
  );
}

function councilRulesFixed(): BodiesError {
  return new BodiesError(
    'COUNCIL_RULES_FIXED',
    'Für den Rat gelten Beschlussfähigkeit und Mehrheit nach der GO NRW (§§ 49, 50); sie lassen sich nicht ändern',
  );
}

function staleBody(version: number): BodiesError {
  return new BodiesError(
    'BODY_VERSION_CONFLICT',
    `Das Gremium wurde inzwischen geändert (Version ${version}). Bitte neu laden.`,
  );
}

function staleMembership(version: number): BodiesError {
  return new BodiesError(
    'BODY_MEMBERSHIP_VERSION_CONFLICT',
    `Die Mitgliedschaft wurde inzwischen geändert (Version ${version}). Bitte neu laden.`,
  );
}

function audited(membership: BodyMembershipEntity) {
  return {
    body: membership.body.key,
    person: membership.member.id,
    group: membership.group.key,
    from: membership.from,
    to: membership.to,
    role: membership.role,
  };
}

/**
 * Owner of `body` and `body_membership`. The admin routes write through the methods below and
 * publish afterwards. The owner methods (upsertBody, addMembership, endMembership) join the
 * caller's unit of work and publish nothing: an import sends the council event after its commit.
 */
@Injectable()
export class BodiesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly council: CouncilService,
    private readonly members: MembersService,
    private readonly audit: AuditService,
  ) {}

  private get bodies() {
    return this.uow.repo(BodyEntity);
  }
  private get memberships() {
    return this.uow.repo(BodyMembershipEntity);
  }
  private get groups() {
    return this.uow.repo(GroupEntity);
  }

  // Reads

  async list(): Promise<BodySummary[]> {
    const bodies = await this.bodies.find();
    const council = await this.council.councilOrThrow();
    const groups = await this.groups.find();
    const memberships = await this.memberships.find({ relations: { body: true } });
    const today = todayIso();
    const views = bodies
      .filter((body) => body.key !== COUNCIL_BODY_KEY)
      .map((body) => {
        const own = memberships.filter((membership) => membership.body.key === body.key);
        return this.toView(body, council, groups, own, today);
      });
    views.push(await this.view(COUNCIL_BODY_KEY));
    return views.map(toSummary).sort(compareBodies);
  }

  /**
   * GET /api/bodies/:key[?date=]: the body on `date` (default today; a step's date of the path) in
   * the /api/council shape. The Rat is the council as it stands today.
   */
  async view(key: string, date: string = todayIso()): Promise<BodyView> {
    isoDateOrThrow(date);
    if (key === COUNCIL_BODY_KEY) {
      const row = await this.bodies.findOne({ where: { key } });
      return councilBodyView(await this.council.getCouncil(), row);
    }
    const body = await this.bodyOrThrow(key);
    const council = await this.council.councilOrThrow();
    const groups = await this.groups.find();
    const memberships = await this.memberships.find({ where: { body: { key } } });
    return this.toView(body, council, groups, memberships, date);
  }

  /** The members on `date` (default today); the Rat's are the council's members. */
  async membersOn(key: string, date: string = todayIso()): Promise<BodyMemberView[]> {
    isoDateOrThrow(date);
    if (key === COUNCIL_BODY_KEY) return councilMembersOn(this.uow, date);
    await this.bodyOrThrow(key);
    const memberships = await this.memberships.find({
      where: { body: { key } },
      relations: { body: true },
    });
    const groups = await this.groups.find();
    return sortMembers(
      memberships.filter((membership) => coversDate(membership, date)).map(toMemberView),
      new Map(groups.map((group) => [group.key, group.chartOrder])),
    );
  }

  async bodyOrThrow(key: string): Promise<BodyEntity> {
    const body = await this.bodies.findOne({ where: { key } });
    if (!body) throw new BodiesError('BODY_NOT_FOUND', `Unbekanntes Gremium "${key}"`);
    return body;
  }

  // Admin routes: one unit of work each, published after the commit

  async create(request: CreateBodyRequest): Promise<BodySummary> {
    const key = request.key.toUpperCase();
    await this.uow.run(async () => {
      // Keys are compared without case: "hfa" and "HFA" would be one body to a reader.
      const taken = (await this.bodies.find({ select: { key: true } })).some(
        (body) => body.key.toUpperCase() === key,
      );
      if (taken) throw new BodiesError('BODY_KEY_TAKEN', `Das Kürzel "${key}" ist vergeben`);
      const body = await this.upsertBody({ ...request, key });
      await this.audit.record({
        action: 'create',
        entityType: 'body',
        entityId: key,
        ...auditDiff(null, body, BODY_AUDIT_FIELDS),
      });
    });
    await this.published();
    return toSummary(await this.view(key));
  }

  /**
   * Renames a body, changes whether its chair votes or its rules; `version` given and stale → 409.
   * Steps already voted on keep the rules they were counted under (the recorded vote stores them).
   */
  async patch(key: string, request: PatchBodyRequest): Promise<BodySummary> {
    if (key === COUNCIL_BODY_KEY) {
      const changesRules = request.quorumRule !== undefined || request.majorityRule !== undefined;
      throw changesRules ? councilRulesFixed() : councilIsEditedElsewhere();
    }
    await this.uow.run(async (manager) => {
      const body = await this.bodyOrThrow(key);
      if (request.version !== undefined && request.version !== body.version) {
        throw staleBody(body.version);
      }
      const next = {
        name: request.name ?? body.name,
        chairVotes: request.chairVotes ?? body.chairVotes,
        quorumRule: request.quorumRule ?? body.quorumRule,
        majorityRule: request.majorityRule ?? body.majorityRule,
      };
      const moved = await manager
        .createQueryBuilder()
        .update(BodyEntity)
        .set(next)
        .where('key = :key AND version = :version', { key, version: body.version })
        .execute();
      if (moved.affected !== 1) throw staleBody(body.version);
      await this.audit.record({
        action: 'update',
        entityType: 'body',
        entityId: key,
        ...auditDiff(body, { ...body, ...next }, BODY_AUDIT_FIELDS),
      });
    });
    await this.published();
    return toSummary(await this.view(key));
  }

  /** Seats an existing person (`personId`) or a new one (`name`) in the body. */
  async addMember(key: string, request: AddBodyMemberRequest): Promise<BodyMemberView> {
    if ((request.personId === undefined) === (request.name === undefined)) {
      throw new BodiesError(
        'BODY_MEMBER_PERSON_REQUIRED',
        'Entweder eine vorhandene Person (personId) oder einen Namen für eine neue angeben',
      );
    }
    const id = await this.uow.run(async () => {
      const memberId = request.personId ?? (await this.members.add((request.name ?? '').trim())).id;
      const created = await this.addMembership(key, { ...request, memberId });
      const membership = await this.membershipOrThrow(created);
      await this.audit.record({
        action: 'create',
        entityType: 'bodyMembership',
        entityId: created,
        ...auditDiff(null, audited(membership), MEMBERSHIP_AUDIT_FIELDS),
      });
      return created;
    });
    await this.published();
    return toMemberView(await this.membershipOrThrow(id));
  }

  /** Ends, reopens (`to: null`), moves or regroups a seat; `version` given and stale → 409. */
  async patchMember(
    key: string,
    id: number,
    request: PatchBodyMemberRequest,
  ): Promise<BodyMemberView> {
    if (key === COUNCIL_BODY_KEY) throw councilIsEditedElsewhere();
    await this.uow.run(async (manager) => {
      const membership = await this.membershipOrThrow(id);
      if (membership.body.key !== key) throw this.membershipNotFound(id);
      if (request.version !== undefined && request.version !== membership.version) {
        throw staleMembership(membership.version);
      }
      const group =
        request.groupKey === undefined
          ? membership.group
          : await this.council.groupOrThrow(request.groupKey);
      const period = checkPeriod({
        from: request.from ?? membership.from,
        to: request.to === undefined ? membership.to : request.to,
      });
      const role = request.role ?? membership.role;
      await this.checkSeat(key, membership.member.id, period, role, id);
      const moved = await manager
        .createQueryBuilder()
        .update(BodyMembershipEntity)
        .set({ group: { id: group.id }, from: period.from, to: period.to, role })
        .where('id = :id AND version = :version', { id, version: membership.version })
        .execute();
      if (moved.affected !== 1) throw staleMembership(membership.version);
      const after = { ...audited(membership), group: group.key, ...period, role };
      await this.audit.record({
        action: 'update',
        entityType: 'bodyMembership',
        entityId: id,
        ...auditDiff(audited(membership), after, MEMBERSHIP_AUDIT_FIELDS),
      });
    });
    await this.published();
    return toMemberView(await this.membershipOrThrow(id));
  }

  // Owner methods: they join the caller's unit of work and publish nothing

  /** Creates the body or updates its name, kind and (when given) chairVotes and rules. Not the Rat. */
  async upsertBody(fields: BodyFields): Promise<BodyEntity> {
    if (fields.key === COUNCIL_BODY_KEY) throw councilIsEditedElsewhere();
    return this.uow.run(async (manager) => {
      const existing = await this.bodies.findOne({ where: { key: fields.key } });
      const body =
        existing ??
        manager.create(BodyEntity, { key: fields.key, chairVotes: true, ...GO_NRW_RULES });
      body.name = fields.name;
      body.kind = fields.kind;
      if (fields.chairVotes !== undefined) body.chairVotes = fields.chairVotes;
      if (fields.quorumRule !== undefined) body.quorumRule = fields.quorumRule;
      if (fields.majorityRule !== undefined) body.majorityRule = fields.majorityRule;
      return manager.save(body);
    });
  }

  /**
   * Seats a person for a group from a date. Refused: the Rat (its members are the council's), an
   * unknown body, person or group, bad dates, a seat of the same person in the same body that
   * shares a day (409), a second chair at the same time (409). Returns the membership's id.
   */
  async addMembership(bodyKey: string, seat: NewBodyMembership): Promise<number> {
    if (bodyKey === COUNCIL_BODY_KEY) throw councilIsEditedElsewhere();
    return this.uow.run(async (manager) => {
      const body = await this.bodyOrThrow(bodyKey);
      const group = await this.council.groupOrThrow(seat.groupKey);
      const member = await this.members.memberOrThrow(seat.memberId);
      const period = checkPeriod({ from: seat.from, to: seat.to ?? null });
      const role = seat.role ?? 'member';
      await this.checkSeat(bodyKey, member.id, period, role);
      const saved = await manager.save(
        manager.create(BodyMembershipEntity, { body, member, group, ...period, role }),
      );
      return saved.id;
    });
  }

  /** Ends a seat on `to` (its last day, inclusive); false when it already ends then. */
  async endMembership(id: number, to: string): Promise<boolean> {
    return this.uow.run(async (manager) => {
      const membership = await this.membershipOrThrow(id);
      checkPeriod({ from: membership.from, to });
      if (membership.to === to) return false;
      // A later end could reach into a newer seat of the same person in the same body.
      await this.checkSeat(
        membership.body.key,
        membership.member.id,
        { from: membership.from, to },
        membership.role,
        id,
      );
      await manager.save(Object.assign(membership, { to }));
      return true;
    });
  }

  /**
   * After a commit that changed bodies: the `council` event, on which open screens load the bodies
   * again (a person added by name joins the council's person list too). Body changes are rare
   * admin edits, so no event of their own; the commit itself dropped the cached snapshots.
   */
  private published(): Promise<unknown> {
    return this.council.publishCouncil();
  }

  // Helpers

  private toView(
    body: BodyEntity,
    council: CouncilEntity,
    groups: GroupEntity[],
    memberships: BodyMembershipEntity[],
    date: string,
  ): BodyView {
    const rows = {
      chairVotes: body.chairVotes,
      rules: rulesOf(body),
      groups,
      memberships: bodyMembershipRows(memberships),
    };
    return bodyView(body, council, groups, rows, date);
  }

  private async checkSeat(
    bodyKey: string,
    memberId: number,
    period: Period,
    role: BodyRole,
    exceptId?: number,
  ): Promise<void> {
    const others = (await this.memberships.find({ where: { body: { key: bodyKey } } })).filter(
      (other) => other.id !== exceptId,
    );
    checkNoOverlap(
      period,
      others.filter((other) => other.member.id === memberId),
    );
    checkOneChair(
      period,
      role,
      others.filter((other) => other.role === 'chair'),
    );
  }

  private async membershipOrThrow(id: number): Promise<BodyMembershipEntity> {
    const membership = await this.memberships.findOne({
      where: { id },
      relations: { body: true },
    });
    if (!membership) throw this.membershipNotFound(id);
    return membership;
  }

  private membershipNotFound(id: number): BodiesError {
    return new BodiesError('BODY_MEMBERSHIP_NOT_FOUND', `Mitgliedschaft ${id} nicht gefunden`);
  }
}
