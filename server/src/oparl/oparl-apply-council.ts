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
import type { OparlSnapshot } from './oparl-fetcher';
import {
  mapMembership,
  mapOrganization,
  mapPerson,
  overlappingMemberships,
  text,
  type GroupData,
  type MembershipData,
  type OparlRaw,
} from './oparl-mapping';

/** Body → council name, Organization (Fraktion) → group, Person + Membership → members. */
export class OparlCouncilApplier extends OparlApplyBase {
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
        const group = this.mappedOrSkip('Organization', id, mapOrganization(raw));
        if (group === null) this.outcome.ignored += 1;
        else if (group)
          await this.upsertGroup(id, group, modifiedOf(raw), groups, text(raw.shortName));
      },
    );
    return deleted;
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
    await this.forEachObject(
      'Membership',
      snapshot.memberships,
      (id) => void deletedMemberships.push(id),
      (id, raw) => {
        const membership = this.mappedOrSkip('Membership', id, mapMembership(raw));
        if (membership === undefined) return;
        if (membership === null || !this.refs.has('Organization', membership.organization)) {
          this.outcome.ignored += 1; // no voting right, or not a Fraktion
          return;
        }
        const list = byPerson.get(membership.person) ?? [];
        list.push({ ...membership, id, modified: modifiedOf(raw) });
        byPerson.set(membership.person, list);
      },
    );
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
    const groupId = this.refs.localId('Organization', latest.organization);
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
    const groupId = this.refs.localId('Organization', data.organization);
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
