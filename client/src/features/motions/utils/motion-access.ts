import { ADMIN_NOTE_AUTHOR, MAYOR_KEY } from '@mehrheitsplaner/shared';
import type { CouncilView, UserView } from '@mehrheitsplaner/shared';
import { groupsInChartOrder } from '../../council/model/council-groups';

/** Group name by key; the mayor's entry (MAYOR) gets the mayor's title. */
export function groupNamer(council: CouncilView, mayorLabel: string): (key: string) => string {
  const names = new Map(council.groups.map((group) => [group.key, group.name]));
  return (key) =>
    key === MAYOR_KEY ? (council.mayor?.title ?? mayorLabel) : (names.get(key) ?? key);
}

/** Whip rows in seat-chart order, the mayor last; keys the council does not know come after. */
export function whipOrder(
  council: CouncilView,
): (a: { groupKey: string }, b: { groupKey: string }) => number {
  const order = new Map(groupsInChartOrder(council).map((group, index) => [group.key, index]));
  const rank = (key: string) =>
    key === MAYOR_KEY ? order.size : (order.get(key) ?? order.size + 1);
  return (a, b) => rank(a.groupKey) - rank(b.groupKey);
}

/** The author key the server files the user's own notes under (their group, or ADMIN). */
export function ownNoteAuthor(user: Pick<UserView, 'groupKey'>): string {
  return user.groupKey ?? ADMIN_NOTE_AUTHOR;
}

/** Who wrote a note: the group's name, or the administration for ADMIN. */
export function noteAuthorNamer(
  nameOf: (key: string) => string,
  adminLabel: string,
): (authorGroupKey: string) => string {
  return (key) => (key === ADMIN_NOTE_AUTHOR ? adminLabel : nameOf(key));
}
