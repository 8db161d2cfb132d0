import { formatFileResult, parseFileArgs } from './import-file';

describe('import:file arguments', () => {
  it('should take a file, a kind and --apply in any order', () => {
    expect(parseFileArgs(['--kind', 'members', 'rat.csv'])).toEqual({
      file: 'rat.csv',
      kind: 'members',
      apply: false,
    });
    expect(parseFileArgs(['e.xlsx', '--apply', '--kind', 'results'])).toEqual({
      file: 'e.xlsx',
      kind: 'results',
      apply: true,
    });
  });

  it.each([[['rat.csv']], [['rat.csv', '--kind', 'personen']], [['--kind', 'members']]])(
    'should answer %j with the usage',
    (argv) => {
      expect(parseFileArgs(argv)).toEqual({ error: expect.stringContaining('Aufruf') as string });
    },
  );

  it('should say whether anything was written', () => {
    const text = formatFileResult({
      kind: 'members',
      dryRun: true,
      applied: false,
      rows: 1,
      changes: [{ row: 2, action: 'add', subject: 'member', text: 'Anna: neues Mitglied' }],
      errors: [],
    });
    expect(text).toBe(
      '1 Zeilen, 1 Änderungen, 0 Fehler: Probelauf, nichts geschrieben (--apply übernimmt)\n' +
        '  Zeile 2 neu: Anna: neues Mitglied',
    );
  });
});
