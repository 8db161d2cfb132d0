import { describe, expect, it } from '@jest/globals';
import type { UserView } from '@mehrheitsplaner/shared';
import { accessOf, noteReaderOf } from './access';

const council = { coalitionGroupKeys: ['SPD', 'GRUENE'] };
const user = (role: UserView['role'], groupKey: string | null) => ({ role, groupKey });

describe('accessOf', () => {
  it('should let a coalition manager edit the own and non-coalition lines but not a partner line', () => {
    const can = accessOf(user('manager', 'SPD'), council);
    expect(['SPD', 'MAYOR', 'CDU', 'GRUENE'].map((line) => can('whip.write', line))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(can('motions.write')).toBe(true);
  });

  it('should hide every write from a manager whose group left the coalition', () => {
    const can = accessOf(user('manager', 'LINKE'), council);
    expect([can('motions.write'), can('whip.write', 'CDU'), can('whip.read')]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('should hide whip details from councillors and whip reads from the committee', () => {
    const councillor = accessOf(user('councillor', 'SPD'), council);
    const committee = accessOf(user('committee', null), council);
    expect([councillor('whip.read'), councillor('whip.details')]).toEqual([true, false]);
    expect([
      committee('whip.read'),
      committee('scenarios.read'),
      committee('history.read'),
    ]).toEqual([false, false, true]);
  });
});

describe('noteReaderOf', () => {
  const note = (authorGroupKey: string, internal: boolean) => ({ authorGroupKey, internal });

  it("should let a manager read the own group's internal notes and partners' public ones only", () => {
    const mayRead = noteReaderOf(user('manager', 'SPD'), council);
    expect([note('SPD', true), note('GRUENE', false), note('GRUENE', true)].map(mayRead)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('should let an admin read every note and a councillor none', () => {
    expect(noteReaderOf(user('admin', null), council)(note('GRUENE', true))).toBe(true);
    const councillor = noteReaderOf(user('councillor', 'SPD'), council);
    expect([note('SPD', false), note('SPD', true)].map(councillor)).toEqual([false, false]);
  });
});
