import { describe, expect, it } from '@jest/globals';
import { auditLines } from './audit-lines';

describe('auditLines', () => {
  it('should show before → after per field when both sides exist', () => {
    expect(auditLines({ title: 'Alt', sponsors: ['SPD'] }, { title: 'Neu', sponsors: [] })).toEqual(
      ['title: Alt → Neu', 'sponsors: ["SPD"] → []'],
    );
  });

  it('should show the values only when the entity was created, and a dash for null', () => {
    expect(auditLines(null, { name: 'TOP 1', motionId: null })).toEqual([
      'name: TOP 1',
      'motionId: –',
    ]);
  });

  it('should list a field only one side names', () => {
    expect(auditLines({ voidedAt: null }, { voidedAt: 'x', voidReason: 'Fehler' })).toEqual([
      'voidedAt: – → x',
      'voidReason: – → Fehler',
    ]);
  });
});
