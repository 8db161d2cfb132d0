import {
  mayorVotesInCouncil,
  votingMembersOf,
  type CouncilView,
  type GroupView,
} from '@mehrheitsplaner/shared';
import type { CouncilEntity } from './council.entity';
import type { GroupEntity } from './group.entity';

/** Builds the api.md council shape; `seatsByGroup` counts each group's current members. */
export function toCouncilView(
  council: CouncilEntity,
  groups: GroupEntity[],
  seatsByGroup: Map<string, number>,
  hasMayor: boolean,
): CouncilView {
  const ordered = [...groups].sort((a, b) => a.chartOrder - b.chartOrder || a.id - b.id);
  const groupViews: GroupView[] = ordered.map((group) => ({
    key: group.key,
    name: group.name,
    seats: seatsByGroup.get(group.key) ?? 0,
    color: group.color,
    excluded: group.excluded,
    coalition: group.coalition,
    seatsSource: { source: group.seatsSource, confidence: group.seatsConfidence },
    chartOrder: group.chartOrder,
    version: group.version,
  }));
  const seats = groupViews.reduce((sum, group) => sum + group.seats, 0);
  return {
    name: council.name,
    seats,
    votingMembers: votingMembersOf(seats, mayorVotesInCouncil(council.mayorVotes, hasMayor)),
    mayorVotes: council.mayorVotes,
    excludedGroupKeys: groupViews.filter((g) => g.excluded).map((g) => g.key),
    coalitionGroupKeys: groupViews.filter((g) => g.coalition).map((g) => g.key),
    groups: groupViews,
    mayor: hasMayor ? { name: council.mayorName, title: council.mayorTitle } : null,
  };
}
