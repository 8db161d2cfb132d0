import { describe, expect, it } from '@jest/globals';
import { historyRecord as record } from './__fixtures__/motion-factories';
import { historyRows } from './whip-history';

describe('historyRows', () => {
  it('should list only the fields that changed against the group’s previous record, newest first', () => {
    const rows = historyRows([
      record({
        version: 2,
        stance: 'yes',
        confidence: 'confirmed',
        changedAt: '2026-01-02T10:00:00.000Z',
      }),
      record({ version: 1, stance: 'no' }),
      record({ groupKey: 'CDU', version: 1, stance: 'no', changedAt: '2026-01-03T10:00:00.000Z' }),
    ]);
    expect(rows.map((row) => `${row.entry.groupKey}@${row.entry.version}`)).toEqual([
      'CDU@1',
      'LINKE@2',
      'LINKE@1',
    ]);
    expect(rows[1].first).toBe(false);
    expect(rows[1].changes).toEqual([
      { field: 'stance', from: 'no', to: 'yes' },
      { field: 'confidence', from: 'uncertain', to: 'confirmed' },
    ]);
    expect(rows[2].first).toBe(true);
  });

  it('should not report a change when an empty text replaces no text', () => {
    const rows = historyRows([
      record({ version: 1, contact: null, note: null }),
      record({ version: 2, contact: '', note: '', changedAt: '2026-01-01T11:00:00.000Z' }),
    ]);
    expect(rows[0].changes).toEqual([]);
  });

  it('should show no changes when a record repeats the previous one', () => {
    const rows = historyRows([
      record({ version: 1 }),
      record({ version: 2, changedAt: '2026-01-01T11:00:00.000Z' }),
    ]);
    expect(rows[0].changes).toEqual([]);
  });
});
