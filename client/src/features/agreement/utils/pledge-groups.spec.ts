import { describe, expect, it } from '@jest/globals';
import type { ChapterView, PledgeView } from '@mehrheitsplaner/shared';
import { pledgeGroups } from './pledge-groups';

const chapters: ChapterView[] = [
  { key: 'finanzen', title: 'Finanzen', position: 1, pledges: 2 },
  { key: 'mobilitaet', title: 'Mobilität', position: 2, pledges: 2 },
  { key: 'kultur', title: 'Kultur', position: 3, pledges: 1 },
];
const pledge = (id: number, chapterKey: string, position: number, text: string): PledgeView => ({
  id,
  key: `${chapterKey}-${position}`,
  chapterKey,
  position,
  text,
  motionIds: [],
});
const pledges = [
  pledge(1, 'finanzen', 2, 'Gewerbesteuer stabil halten'),
  pledge(2, 'finanzen', 1, 'Haushalt konsolidieren'),
  pledge(3, 'mobilitaet', 1, 'Radwege ausbauen'),
  pledge(4, 'mobilitaet', 2, 'Busse häufiger takten'),
  pledge(5, 'kultur', 1, 'Freie Szene fördern'),
];
const idsOf = (groups: ReturnType<typeof pledgeGroups>) =>
  groups.map((group) => [group.chapterKey, group.pledges.map((p) => p.id)]);

describe('pledgeGroups', () => {
  it('should group pledges by chapter in agreement order without a policy area', () => {
    expect(idsOf(pledgeGroups(pledges, chapters, null, ''))).toEqual([
      ['finanzen', [2, 1]],
      ['mobilitaet', [3, 4]],
      ['kultur', [5]],
    ]);
  });

  it("should put the chapter of the motion's policy area first, by title or by key", () => {
    for (const area of ['Mobilität', 'mobilitaet']) {
      expect(pledgeGroups(pledges, chapters, area, '').map((g) => g.chapterKey)).toEqual([
        'mobilitaet',
        'finanzen',
        'kultur',
      ]);
    }
  });

  it('should keep only matching pledges, ignoring case, and drop chapters left empty', () => {
    expect(idsOf(pledgeGroups(pledges, chapters, null, '  BUSSE '))).toEqual([['mobilitaet', [4]]]);
    expect(pledgeGroups(pledges, chapters, null, 'Stadion')).toEqual([]);
  });
});
