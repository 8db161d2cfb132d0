import { auditDiff, hasChanges, passwordChanged } from './audit-changes';

type Row = { title: string; sponsors: string[]; date: string | null; secret: string };

const row = (changes: Partial<Row> = {}): Row => ({
  title: 'Antrag',
  sponsors: ['SPD'],
  date: null,
  secret: 'hash',
  ...changes,
});

describe('auditDiff', () => {
  it('should keep only the named fields that changed when both states exist', () => {
    const diff = auditDiff(row(), row({ title: 'Neu', secret: 'anderer' }), ['title', 'sponsors']);
    expect(diff).toEqual({ before: { title: 'Antrag' }, after: { title: 'Neu' } });
  });

  it('should compare arrays by value and treat undefined as null', () => {
    const same = auditDiff(row(), row({ sponsors: ['SPD'] }), ['sponsors', 'date']);
    expect(hasChanges(same)).toBe(false);
    const changed = auditDiff(row(), row({ sponsors: ['SPD', 'GRUENE'] }), ['sponsors']);
    expect(changed.after).toEqual({ sponsors: ['SPD', 'GRUENE'] });
  });

  it('should give every named field on one side when the entity is created or removed', () => {
    expect(auditDiff(null, row(), ['title', 'date'])).toEqual({
      before: null,
      after: { title: 'Antrag', date: null },
    });
    expect(hasChanges(auditDiff(row(), null, ['title']))).toBe(true);
  });

  it('should say a password changed without any part of it', () => {
    expect(JSON.stringify(passwordChanged(7))).toBe(
      '{"action":"passwordChange","entityType":"user","entityId":7,"before":null,"after":{"password":"changed"}}',
    );
  });
});
