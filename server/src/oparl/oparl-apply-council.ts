import { GroupEntity } from '../council/group.entity';
import { MemberEntity } from '../council/member.entity';
import { CouncilError } from '../council/council.errors';
import type { MembershipPeriod } from '../council/members.service';
import { MembershipEntity } from '../council/membership.entity';
import {
  IMPORTED_GROUP_COLOR,
  modifiedOf,
  OparlApplyBase,
  placeholderName,
} from './oparl-apply-base';
import type { SourceBody } from './oparl-apply-bodies';
import type { OparlSnapshot } from './oparl-fetcher';
import { classifyOrganization, type OrganizationKind } from './oparl-kinds';
import {
  groupKeyFor,
  mapMembership,
  mapOrganization,
  mapPerson,
  overlappingMemberships,
  text,
  type GroupData,
  type MembershipData,
  type OparlRaw,
} from './oparl-mapping';

const BODY_KINDS: Partial<Record<OrganizationKind, SourceBody['kind']>> = {
  committee: 'committee',
  district: 'district',
};

/** Body → council name, Organization (Fraktion) → group, Person + Membership → members. */
export class OparlCouncilApplier extends OparlApplyBase {
  /** Committees and district councils of the source (for the bodies module). */
  readonly bodies: SourceBody[] = [];
  /** Party organisations whose name matches a group: a person's group when no Fraktion is listed. */
  private readonly partyGroups = new Map<string, number>();
  /** The organisations that stand for the Rat itself (a seat without a Fraktion is reported). */
  readonly councilOrganizations = new Set<string>();

  async applyCouncil(body: OparlRaw): Promise<void> {
    const name = text(body.name)?.slice(0, 200);
    if (name !== undefined) await this.owners.council.rename(name);
  }

  // ---- Organization → group -------------------------------------------------------------

  async applyOrganizations(organizations: OparlRaw[]): Promise<string[]> {
    const deleted: string[] = [];
    const groups = await this.manager.find(GroupEntity);
    await this.forEachObject(
      'Organization',
      organizations,
      (id) => void deleted.push(id),
      async (id, raw) => {
        const { kind, guess } = classifyOrganization(raw, this.kinds);
        if (guess !== undefined) this.guess('Organization', id, guess);
        this.noteOrganization(id, raw, kind, groups);
        const group = this.mappedOrSkip(
          'Organization',
          id,
          mapOrganization(raw, kind === 'fraktion'),
        );
        if (group === null) this.outcome.ignored += 1;
        else if (group)
          await this.upsertGroup(id, group, modifiedOf(raw), groups, text(raw.shortName));
      },
    );
    return deleted;
  }

  /** Remembers what is no group: bodies, the Rat, parties (matched to a group by name). */
  private noteOrganization(
    id: string,
    raw: OparlRaw,
    kind: OrganizationKind | null,
    groups: GroupEntity[],
  ): void {
    const name = text(raw.name) ?? text(raw.shortName) ?? id;
    const bodyKind = kind === null ? undefined : BODY_KINDS[kind];
    if (bodyKind !== undefined) {
      this.bodies.push({ id, name, shortName: text(raw.shortName), kind: bodyKind });
    }
    if (kind === 'council') this.councilOrganizations.add(id);
    if (kind !== 'party') return;
    const key = groupKeyFor(name, text(raw.shortName));
    const group = groups.find(
      (g) => g.key.toUpperCase() === key || g.name.toLowerCase() === name.toLowerCase(),
    );
    if (group) this.partyGroups.set(id, group.id);
  }

  /** The local group of a Fraktion, else of a party that stands in for a missing Fraktion. */
  private groupIdOf(organization: string): number | undefined {
    return this.refs.localId('Organization', organization) ?? this.partyGroups.get(organization);
  }

  /** Matches by external ref, else by key (any case), else by name; creates a neutral group. */
  private async upsertGroup(
    id: string,
    data: GroupData,
    modified: string | null,
    groups: GroupEntity[],
    shortName: string | undefined,
  ): Promise<void> {
    const localId = this.refs.localId('Organization', id);
    const names = [data.name, shortName].filter(Boolean).map((n) => n?.toLowerCase());
    const group =
      groups.find((g) => g.id === localId) ??
      groups.find((g) => g.key.toUpperCase() === data.key) ??
      groups.find((g) => names.includes(g.name.toLowerCase()));
    if (group) {
      await this.refs.link('Organization', id, group.id, modified);
      return;
    }
    const created = await this.owners.council.addGroup({
      key: data.key,
      name: data.name,
      color: IMPORTED_GROUP_COLOR,
      seatsConfidence: 'imported',
    });
    groups.push(created);
    this.count('created', 'groups');
    await this.refs.link('Organization', id, created.id, modified);
  }

  /**
   * A deleted Fraktion removes its group when no other Fraktion is linked to it and no
   * membership uses it any more (then it stays, reported as skipped).
   */
  async deleteOrganizations(ids: string[]): Promise<void> {
    for (const id of ids) {
      const groupId = this.refs.localId('Organization', id);
      if (groupId === undefined) continue;
      const shared = this.refs.entries('Organization', (localId) => localId === groupId).length > 1;
      if (!shared && !(await this.owners.council.removeGroupIfUnused(groupId))) {
        this.skip(
          'Organization',
          id,
          'gelöschte Fraktion hat noch Mitgliedschaften: Gruppe bleibt',
        );
        continue;
      }
      await this.refs.unlink('Organization', id);
      if (!shared) this.count('deleted', 'groups');
    }
  }

  // ---- Person + Membership → member + dated memberships ---------------------------------

  async applyMembers(snapshot: OparlSnapshot): Promise<void> {
    const byPerson = new Map<
      string,
      Array<MembershipData & { id: string; modified: string | null }>
    >();
    const deletedMemberships: string[] = [];
    const partyOnly = new Map<
      string,
      Array<MembershipData & { id: string; modified: string | null }>
    >();
    const seatedInCouncil = new Set<string>();
    await this.forEachObject(
      'Membership',
      snapshot.memberships,
      (id) => void deletedMemberships.push(id),
      (id, raw) => {
        const membership = this.mappedOrSkip('Membership', id, mapMembership(raw));
        if (membership === undefined) return;
        if (membership !== null && this.councilOrganizations.has(membership.organization)) {
          seatedInCouncil.add(membership.person);
        }
        const target =
          membership === null
            ? undefined
            : this.refs.has('Organization', membership.organization)
              ? byPerson
              : this.partyGroups.has(membership.organization)
                ? partyOnly
                : undefined;
        if (membership === null || target === undefined) {
          this.outcome.ignored += 1; // no voting right, or not a Fraktion
          return;
        }
        const list = target.get(membership.person) ?? [];
        list.push({ ...membership, id, modified: modifiedOf(raw) });
        target.set(membership.person, list);
      },
    );
    this.fillFromParties(byPerson, partyOnly, seatedInCouncil);
    for (const [person, memberships] of byPerson) {
      const { kept, overlapping } = overlappingMemberships(memberships);
      for (const m of overlapping) {
        this.skip(
          'Membership',
          m.id,
          'überschneidet sich mit einer früheren Fraktionsmitgliedschaft',
        );
      }
      byPerson.set(person, kept);
    }

    const deletedPersons: string[] = [];
    await this.forEachObject(
      'Person',
      snapshot.persons,
      (id) => void deletedPersons.push(id),
      (id, raw) => this.upsertPerson(id, raw, byPerson.get(id) ?? []),
    );
    for (const [person, memberships] of byPerson) {
      const memberId = this.refs.localId('Person', person);
      for (const membership of memberships) {
        if (memberId === undefined) {
          this.skip('Membership', membership.id, `Person ${person} fehlt oder wurde übersprungen`);
        } else {
          await this.upsertMembership(memberId, membership);
        }
      }
    }
    for (const id of deletedMemberships) await this.deleteMembership(id);
    for (const id of deletedPersons) await this.closePerson(id);
  }

  private async upsertPerson(
    id: string,
    raw: OparlRaw,
    memberships: Array<MembershipData & { id: string }>,
  ): Promise<void> {
    const person = this.mappedOrSkip('Person', id, mapPerson(raw));
    if (!person) return;
    const { name } = person;
    const localId = this.refs.localId('Person', id);
    const linked =
      localId === undefined ? null : await this.manager.findOneBy(MemberEntity, { id: localId });
    if (linked) {
      if (await this.owners.members.rename(linked.id, name)) this.count('updated', 'members');
      await this.refs.link('Person', id, linked.id, modifiedOf(raw));
      return;
    }
    if (memberships.length === 0) {
      this.outcome.ignored += 1; // no Fraktion membership with voting right: not a councillor
      await this.keepExistingMember(id, name, modifiedOf(raw));
      return;
    }
    const member = await this.adoptOrCreateMember(name, memberships);
    if (member === null) {
      this.outcome.ignored += 1; // the mayor belongs to no group
      return;
    }
    await this.refs.link('Person', id, member.id, modifiedOf(raw));
  }

  /**
   * A new person takes over an unlinked member of the same name, else a seeded placeholder seat
   * ("<KEY> – Sitz n") of the group of the person's latest Fraktion, else a new member. A member
   * taken over loses its unimported memberships: the source's history replaces them.
   */
  private async adoptOrCreateMember(
    name: string,
    memberships: Array<MembershipData & { id: string }>,
  ): Promise<MemberEntity | null> {
    const linkedIds = this.refs.localIds('Person');
    const candidates = (await this.manager.find(MemberEntity, { order: { id: 'ASC' } })).filter(
      (m) => !linkedIds.has(m.id),
    );
    const sameName = candidates.find((m) => m.name === name);
    if (sameName?.isMayor) return null;
    const latest = memberships[memberships.length - 1];
    const groupId = this.groupIdOf(latest.organization);
    const group =
      groupId === undefined ? null : await this.manager.findOneBy(GroupEntity, { id: groupId });
    const placeholder = group
      ? candidates.find((m) => !m.isMayor && placeholderName(group.key).test(m.name))
      : undefined;
    const adopted = sameName ?? placeholder;
    if (!adopted) {
      const created = await this.owners.members.add(name);
      this.count('created', 'members');
      return created;
    }
    await this.owners.members.dropMemberships(adopted.id, this.refs.localIds('Membership'));
    await this.owners.members.rename(adopted.id, name);
    this.count('updated', 'members');
    return adopted;
  }

  /**
   * Writes one membership through its owner. One the owner refuses (it would overlap the
   * member's history when the source sent only part of a change) is skipped with the reason.
   */
  private async upsertMembership(
    memberId: number,
    data: MembershipData & { id: string; modified: string | null },
  ): Promise<void> {
    const groupId = this.groupIdOf(data.organization);
    if (groupId === undefined) return;
    try {
      const membershipId = await this.writeMembership(memberId, data.id, {
        groupId,
        from: data.from,
        to: data.to,
      });
      await this.refs.link('Membership', data.id, membershipId, data.modified);
    } catch (error) {
      if (!(error instanceof CouncilError)) throw error;
      this.skip('Membership', data.id, error.message);
    }
  }

  private async writeMembership(
    memberId: number,
    externalId: string,
    period: MembershipPeriod,
  ): Promise<number> {
    const localId = this.refs.localId('Membership', externalId);
    if (localId !== undefined && (await this.manager.existsBy(MembershipEntity, { id: localId }))) {
      if (await this.owners.members.reviseMembership(localId, memberId, period)) {
        this.count('updated', 'memberships');
      }
      return localId;
    }
    const created = await this.owners.members.addMembership(memberId, period);
    this.count('created', 'memberships');
    return created;
  }

  /**
   * Persons without a Fraktion membership: a party membership whose name matches a group stands
   * in (guessed); a person with a seat in the Rat and neither is reported as missing.
   */
  private fillFromParties(
    byPerson: Map<string, Array<MembershipData & { id: string; modified: string | null }>>,
    partyOnly: Map<string, Array<MembershipData & { id: string; modified: string | null }>>,
    seatedInCouncil: Set<string>,
  ): void {
    for (const [person, memberships] of partyOnly) {
      if (byPerson.has(person)) continue;
      byPerson.set(person, memberships);
      for (const m of memberships) {
        this.guess(
          'Membership',
          m.id,
          'keine Fraktion angegeben: Gruppe aus der Partei übernommen',
        );
      }
    }
    for (const person of seatedInCouncil) {
      if (!byPerson.has(person)) {
        this.missing('Person', person, 'Ratsmitglied ohne Fraktionsmitgliedschaft in der Quelle');
      }
    }
  }

  /**
   * A person the source lists without any Fraktion: a member of the same name already here (from
   * a file import or entered by hand) keeps their group and is linked; else nothing to take.
   */
  private async keepExistingMember(id: string, name: string, modified: string | null) {
    const linkedIds = this.refs.localIds('Person');
    const members = await this.manager.find(MemberEntity, {
      where: { name },
      relations: { memberships: true },
    });
    const existing = members.find(
      (m) => !m.isMayor && !linkedIds.has(m.id) && m.memberships.some((ms) => ms.to === null),
    );
    if (existing) {
      await this.refs.link('Person', id, existing.id, modified);
      this.guess('Person', id, `keine Fraktion in der Quelle: Gruppe von „${name}“ behalten`);
    }
  }

  /**
   * The import is the truth for the council: members linked to no person of the source (seeded
   * placeholders, earlier entries) leave today, their history kept (planLeave). Only after a full
   * read that listed persons: an incremental one lists just the changed.
   */
  async endUnimportedMembers(): Promise<void> {
    const linked = this.refs.localIds('Person');
    if (linked.size === 0) return;
    const members = await this.manager.find(MemberEntity, {
      order: { id: 'ASC' },
      relations: { memberships: true },
    });
    for (const member of members) {
      if (member.isMayor || linked.has(member.id)) continue;
      if (!member.memberships.some((m) => m.to === null)) continue;
      if (await this.owners.members.leave(member.id)) {
        this.outcome.ended.push({
          type: 'Member',
          id: String(member.id),
          note: `${member.name}: nicht in der Quelle, Mitgliedschaft beendet`,
        });
      }
    }
  }

  /** A deleted membership removes only the row it was imported into. */
  private async deleteMembership(id: string): Promise<void> {
    const localId = this.refs.localId('Membership', id);
    if (localId === undefined) return;
    await this.owners.members.removeMembership(localId);
    await this.refs.unlink('Membership', id);
    this.count('deleted', 'memberships');
  }

  /** A deleted person keeps the member (past votes need them), who leaves the council today. */
  private async closePerson(id: string): Promise<void> {
    const memberId = this.refs.localId('Person', id);
    if (memberId === undefined) return;
    if (await this.owners.members.leave(memberId)) this.count('deleted', 'members');
  }
}
