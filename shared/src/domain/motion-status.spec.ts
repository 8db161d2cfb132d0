import {
  MOTION_STATUSES,
  canRecordVote,
  canTransition,
  isOpenForWhip,
  nextStatuses,
  statusOnAgenda,
} from './motion-status';

describe('motion lifecycle', () => {
  it('should let no plain status change set adopted or rejected when any status is the start', () => {
    for (const status of MOTION_STATUSES) {
      expect(canTransition(status, 'adopted')).toBe(false);
      expect(canTransition(status, 'rejected')).toBe(false);
    }
  });

  it('should allow recording a vote when the motion is open, also as a draft', () => {
    expect(canRecordVote('draft')).toBe(true);
    expect(canRecordVote('submitted')).toBe(true);
    expect(canRecordVote('onAgenda')).toBe(true);
    expect(canRecordVote('postponed')).toBe(true);
  });

  it('should refuse recording a vote when the motion is withdrawn or voted', () => {
    expect(canRecordVote('withdrawn')).toBe(false);
    expect(canRecordVote('adopted')).toBe(false);
    expect(canRecordVote('rejected')).toBe(false);
  });

  it('should move every open status to onAgenda when an agenda item links the motion', () => {
    for (const status of [
      'draft',
      'submitted',
      'inDeliberation',
      'postponed',
      'referred',
    ] as const) {
      expect(statusOnAgenda(status)).toBe('onAgenda');
    }
  });

  it('should leave the status when the motion is on an agenda already, voted or withdrawn', () => {
    expect(statusOnAgenda('onAgenda')).toBeNull();
    expect(statusOnAgenda('adopted')).toBeNull();
    expect(statusOnAgenda('rejected')).toBeNull();
    expect(statusOnAgenda('withdrawn')).toBeNull();
  });

  it('should keep withdrawing a plain status change when the motion is open', () => {
    expect(nextStatuses('draft')).toContain('withdrawn');
    expect(nextStatuses('onAgenda')).toContain('withdrawn');
    expect(nextStatuses('withdrawn')).toEqual([]);
  });

  it('should close the whip count when the motion is voted or withdrawn', () => {
    expect(isOpenForWhip('onAgenda')).toBe(true);
    expect(isOpenForWhip('adopted')).toBe(false);
    expect(isOpenForWhip('withdrawn')).toBe(false);
  });
});
