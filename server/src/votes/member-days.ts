import type { EntityManager } from 'typeorm';
import { MemberDayEntity } from './member-day.entity';
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
