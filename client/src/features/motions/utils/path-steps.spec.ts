import { describe, expect, it } from '@jest/globals';
import type { BodyMemberView, ConsultationView } from '@mehrheitsplaner/shared';
import { ratStepOf, shownStep, stepVoters } from './path-steps';

const step = (id: number, bodyKey: string) => ({ id, bodyKey }) as ConsultationView;
const path = [step(7, 'UA'), step(8, 'HFA'), step(3, 'RAT')];

const seat = (personId: number, groupKey: string, role: BodyMemberView['role'] = 'member') => ({
  id: 100 + personId,
  personId,
  name: `Person ${personId}`,
  groupKey,
  role,
  from: '2025-11-01',
  to: null,
  version: 1,
});

describe('shownStep', () => {
  it('should show the chosen committee step', () => {
    expect(shownStep(path, 8)?.bodyKey).toBe('HFA');
  });

  it("should fall back to the Rat's (null) when nothing, the Rat or a removed step is chosen", () => {
    expect(shownStep(path, null)).toBeNull();
    expect(shownStep(path, 3)).toBeNull();
    expect(shownStep(path, 42)).toBeNull();
  });

  it("should find the Rat's step", () => {
    expect(ratStepOf(path)?.id).toBe(3);
    expect(ratStepOf([])).toBeUndefined();
  });
});

describe('stepVoters', () => {
  const seats = [seat(1, 'SPD', 'chair'), seat(2, 'SPD'), seat(3, 'CDU', 'deputy')];

  it('should name each voter by person, never as the mayor', () => {
    expect(stepVoters(seats, true)).toEqual([
      { id: 1, name: 'Person 1', groupKey: 'SPD', isMayor: false, version: 1 },
      { id: 2, name: 'Person 2', groupKey: 'SPD', isMayor: false, version: 1 },
      { id: 3, name: 'Person 3', groupKey: 'CDU', isMayor: false, version: 1 },
    ]);
  });

  it('should leave out a chair whose seat does not vote', () => {
    expect(stepVoters(seats, false).map((m) => m.id)).toEqual([2, 3]);
  });
});
