import { describe, expect, it, jest } from '@jest/globals';
import { exportFileName, saveBlob } from './csv-download';

describe('exportFileName', () => {
  it('should name the kind, the period and the format when one is chosen', () => {
    expect(exportFileName('votes.csv', { from: '2025-11-01', to: '2026-03-31' })).toBe(
      'abstimmungen_2025-11-01_2026-03-31.csv',
    );
    expect(exportFileName('ballots.csv', {})).toBe('einzelstimmen.csv');
    expect(exportFileName('votes.json', { from: '2026-01-01' })).toBe(
      'abstimmungen_2026-01-01.json',
    );
    expect(exportFileName('ballots.json', { to: '2026-02-01' })).toBe(
      'einzelstimmen_2026-02-01.json',
    );
  });
});

describe('saveBlob', () => {
  it('should click a temporary download link for the blob and release its URL', () => {
    jest.useFakeTimers();
    const click = jest.fn();
    const remove = jest.fn();
    const link = { href: '', download: '', rel: '', click, remove };
    const appendChild = jest.fn();
    const revokeObjectURL = jest.fn();
    const deps = {
      document: { createElement: () => link, body: { appendChild } },
      url: { createObjectURL: () => 'blob:1', revokeObjectURL },
    } as unknown as Parameters<typeof saveBlob>[2];
    saveBlob(new Blob(['a;b']), 'abstimmungen.csv', deps);
    expect(link).toMatchObject({ href: 'blob:1', download: 'abstimmungen.csv' });
    expect(appendChild).toHaveBeenCalledWith(link);
    expect(click).toHaveBeenCalled();
    expect(remove).toHaveBeenCalled();
    jest.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:1');
    jest.useRealTimers();
  });
});
