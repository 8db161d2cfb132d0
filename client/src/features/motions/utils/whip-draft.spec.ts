import { describe, expect, it } from '@jest/globals';
import { whipEntry as entry } from './__fixtures__/motion-factories';
import { countOf, draftOf, isDirty, requestOf, withMemberVote } from './whip-draft';

describe('requestOf', () => {
  it('should send the base version and no split when the stance is not split', () => {
    const draft = { ...draftOf(entry({ version: 4 })), stance: 'yes' as const };
    expect(requestOf(draft, 4)).toEqual({
      stance: 'yes',
      confidence: 'uncertain',
      absent: 0,
      contact: '',
      members: [],
      note: '',
      noteInternal: false,
      version: 4,
    });
  });

  it('should send the split counts when the stance is split', () => {
    const draft = {
      ...draftOf(entry()),
      stance: 'split' as const,
      split: { yes: 3, no: 2, abstain: 1 },
    };
    expect(requestOf(draft, 0).split).toEqual({ yes: 3, no: 2, abstain: 1 });
  });

  it("should send the own group's note only, never another group's", () => {
    const partnerNote = {
      authorGroupKey: 'GRUENE',
      note: 'Notiz der Grünen',
      internal: false,
      updatedBy: 'gf-gruene',
      updatedAt: '2026-01-01T10:00:00.000Z',
    };
    const draft = draftOf(entry({ note: null, notes: [partnerNote] }));
    const request = requestOf({ ...draft, stance: 'no' }, 0);
    expect([request.note, request.noteInternal]).toEqual(['', false]);
    expect(JSON.stringify(request)).not.toContain('Notiz der Grünen');
  });

  it('should list member overrides when members deviate', () => {
    const draft = withMemberVote(withMemberVote(draftOf(entry()), 12, 'absent'), 13, 'no');
    expect(requestOf(draft, 0).members).toEqual([
      { memberId: 12, vote: 'absent' },
      { memberId: 13, vote: 'no' },
    ]);
    expect(requestOf(withMemberVote(draft, 12, ''), 0).members).toEqual([
      { memberId: 13, vote: 'no' },
    ]);
  });
});

describe('isDirty', () => {
  it('should be clean when nothing changed and dirty after a change', () => {
    const base = entry({ stance: 'yes', contact: 'Frau K.', version: 2 });
    const draft = draftOf(base);
    expect(isDirty(draft, base)).toBe(false);
    expect(isDirty({ ...draft, confidence: 'confirmed' }, base)).toBe(true);
  });
});

describe('countOf', () => {
  it('should turn empty or negative input into a whole count', () => {
    expect(countOf(Number.NaN)).toBe(0);
    expect(countOf(-2)).toBe(0);
    expect(countOf(2.7)).toBe(2);
  });
});
