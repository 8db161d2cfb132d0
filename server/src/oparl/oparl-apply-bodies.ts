import type { BodyKind } from '@mehrheitsplaner/shared';
import { BodiesError } from '../bodies/bodies.errors';
import { BodyMembershipEntity } from '../bodies/body-membership.entity';
import { CouncilError } from '../council/council.errors';
import { OparlApplyBase } from './oparl-apply-base';
import type { OparlSnapshot } from './oparl-fetcher';
import { groupKeyFor, mapMembership, text } from './oparl-mapping';

/** A committee or district council of the source (found by the council applier). */
export type SourceBody = { id: string; name: string; shortName?: string; kind: BodyKind };

/**
 * Committees and district councils → bodies, their members' seats → body memberships, through
 * the bodies module's owner methods. A seat needs a person imported as a member and the group
 * they belong to on the seat's first day; others (sachkundige Bürger/innen without a Fraktion)
 * are reported as missing. Keys come from the name, so a second import finds the same body.
 */
export class OparlBodiesApplier extends OparlApplyBase {
  /** Returns the body key of each source organisation taken over. */
  async applyBodies(bodies: SourceBody[], snapshot: OparlSnapshot): Promise<Map<string, string>> {
    const keys = new Map<string, string>();
    const owner = this.owners.bodies;
    if (!owner) return keys;
    for (const body of bodies) {
      const key =
        `${body.kind === 'district' ? 'BV' : 'A'}-${groupKeyFor(body.name, body.shortName)}`.slice(
          0,
          40,
        );
      await owner.upsertBody({ key, name: body.name.slice(0, 200), kind: body.kind });
      keys.set(body.id, key);
    }
    for (const raw of snapshot.memberships) {
      const mapped = mapMembership(raw);
      if (!mapped.ok || mapped.value === null) continue;
      const seat = mapped.value;
      const key = keys.get(seat.organization);
      if (key === undefined) continue;
      await this.applySeat(key, seat, text(raw.id) ?? seat.person);
    }
    return keys;
  }

  private async applySeat(
    bodyKey: string,
    seat: { person: string; from: string; to: string | null },
    id: string,
  ): Promise<void> {
    const bodies = this.owners.bodies;
    const memberId = this.refs.localId('Person', seat.person);
    if (!bodies) return;
    if (memberId === undefined) {
      this.missing('Membership', id, `Sitz in ${bodyKey}: Person ohne Fraktion nicht übernommen`);
      return;
    }
    const groupKey = await this.owners.members.groupOfMemberOn(memberId, seat.from);
    if (groupKey === null) {
      this.missing('Membership', id, `Sitz in ${bodyKey}: am ${seat.from} in keiner Fraktion`);
      return;
    }
    const existing = await this.manager.findOne(BodyMembershipEntity, {
      where: { body: { key: bodyKey }, member: { id: memberId }, from: seat.from },
    });
    try {
      if (!existing) {
        await bodies.addMembership(bodyKey, { memberId, groupKey, from: seat.from, to: seat.to });
      } else if (seat.to !== null && existing.to !== seat.to) {
        await bodies.endMembership(existing.id, seat.to);
      }
    } catch (error) {
      if (!(error instanceof BodiesError || error instanceof CouncilError)) throw error;
      this.skip('Membership', id, error.message);
    }
  }
}
