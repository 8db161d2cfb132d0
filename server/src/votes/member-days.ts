import type { EntityManager } from 'typeorm';
import { MemberDayEntity } from './member-day.entity';
import type { BallotEntity } from './ballot.entity';
import type { BallotRowWithFacts } from './vote-input';

/** Adds one vote's ballot facts to the members' day rows (inside the recording transaction). */
export async function addToMemberDays(
  manager: EntityManager,
  date: string,
  adopted: boolean,
  rows: readonly BallotRowWithFacts[],
): Promise<void> {
  if (rows.length === 0) return;
  const existing = await manager.find(MemberDayEntity, { where: { date, adopted } });
  const byKey = new Map(existing.map((day) => [`${day.memberId}:${day.groupKey}`, day]));
  const changed: MemberDayEntity[] = [];
  for (const row of rows) {
    const groupKey = row.groupKey ?? '';
    const key = `${row.memberId}:${groupKey}`;
    let day = byKey.get(key);
    if (!day) {
      day = manager.create(MemberDayEntity, {
        date,
        memberId: row.memberId,
        groupKey,
        adopted,
        votes: 0,
        present: 0,
        absent: 0,
        deviations: 0,
      });
      byKey.set(key, day);
    }
    day.votes += 1;
    day.present += row.present;
    day.absent += row.absent;
    day.deviations += row.deviates;
    changed.push(day);
  }
  await manager.save(MemberDayEntity, changed, { chunk: 100 });
}

/**
 * Takes a voided vote's ballot facts out of the members' day rows again (inside the void's
 * transaction); a row no vote counts in any more goes, so a member without votes shows no row.
 */
export async function removeFromMemberDays(
  manager: EntityManager,
  date: string,
  adopted: boolean,
  ballots: readonly BallotEntity[],
): Promise<void> {
  if (ballots.length === 0) return;
  const existing = await manager.find(MemberDayEntity, { where: { date, adopted } });
  const byKey = new Map(existing.map((day) => [`${day.memberId}:${day.groupKey}`, day]));
  const changed = new Set<MemberDayEntity>();
  for (const ballot of ballots) {
    const day = byKey.get(`${ballot.memberId}:${ballot.groupKey ?? ''}`);
    if (!day) continue;
    day.votes -= 1;
    day.present -= ballot.present;
    day.absent -= ballot.absent;
    day.deviations -= ballot.deviates;
    changed.add(day);
  }
  const emptied = [...changed].filter((day) => day.votes <= 0);
  const kept = [...changed].filter((day) => day.votes > 0);
  if (emptied.length > 0)
    await manager.delete(
      MemberDayEntity,
      emptied.map((day) => day.id),
    );
  if (kept.length > 0) await manager.save(MemberDayEntity, kept, { chunk: 100 });
}
