import {
  COUNCIL_BODY_KEY,
  GO_NRW_RULES,
  type BodyMemberView,
  type BodyRole,
  type BodySummary,
  type BodyView,
  type CouncilView,
} from '@mehrheitsplaner/shared';
import type { CouncilEntity } from '../council/council.entity';
import { toCouncilView } from '../council/council-view';
import type { GroupEntity } from '../council/group.entity';
import type { BodyMembershipEntity } from './body-membership.entity';
import type { BodyEntity } from './body.entity';
import { bodyFigures, type BodyRows } from './body-snapshot';

const KIND_ORDER = { council: 0, committee: 1, district: 2 } as const;
const ROLE_ORDER: Record<BodyRole, number> = { chair: 0, deputy: 1, member: 2 };

/** The Rat first, then committees, then district councils, each by name. */
export function compareBodies(a: BodySummary, b: BodySummary): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, 'de');
}

/**
 * The Rat as a body: /api/council's figures; its chair (the mayor) votes when the council says;
 * its rules are GO NRW's.
 */
export function councilBodyView(council: CouncilView, row: BodyEntity | null): BodyView {
  return {
    ...council,
    key: COUNCIL_BODY_KEY,
    kind: 'council',
    chairVotes: council.mayorVotes && council.mayor !== null,
    ...GO_NRW_RULES,
    version: row?.version ?? 1,
  };
}

/**
 * A committee or district council in the /api/council shape: the council's groups in chart order
 * with their voting seats in this body (a chair who does not vote stands beside them, as the
 * mayor beside the Rat's groups), `seats` every seat, no mayor, V = the voting seats.
 */
export function bodyView(
  body: BodyEntity,
  council: CouncilEntity,
  groups: GroupEntity[],
  rows: BodyRows,
  date: string,
): BodyView {
  const figures = bodyFigures(rows, date);
  const view = toCouncilView(
    { ...council, name: body.name, mayorVotes: false },
    groups,
    figures.votingSeatsByGroup,
    false,
  );
  return {
    ...view,
    seats: figures.seats,
    votingMembers: figures.votingMembers,
    key: body.key,
    kind: body.kind,
    chairVotes: body.chairVotes,
    ...rows.rules,
    version: body.version,
  };
}

export function toSummary(view: BodyView): BodySummary {
  const { key, name, kind, seats, votingMembers, chairVotes, version } = view;
  const { quorumRule, majorityRule } = view;
  return { key, name, kind, seats, votingMembers, chairVotes, quorumRule, majorityRule, version };
}

export function toMemberView(membership: BodyMembershipEntity): BodyMemberView {
  return {
    id: membership.id,
    personId: membership.member.id,
    name: membership.member.name,
    groupKey: membership.group.key,
    role: membership.role,
    from: membership.from,
    to: membership.to,
    version: membership.version,
  };
}

/** Chair, deputies, then members; each in the groups' chart order, then by name. */
export function sortMembers(
  members: BodyMemberView[],
  chartOrder: ReadonlyMap<string, number>,
): BodyMemberView[] {
  const orderOf = (key: string | null) => (key === null ? -1 : (chartOrder.get(key) ?? 0));
  return [...members].sort(
    (a, b) =>
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      orderOf(a.groupKey) - orderOf(b.groupKey) ||
      a.name.localeCompare(b.name, 'de'),
  );
}
