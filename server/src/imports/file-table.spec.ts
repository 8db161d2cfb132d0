import ExcelJS from 'exceljs';
import { fileKindOf, readCsv, readTable } from './file-table';
import { countOf, isoDay } from './import-columns';

describe('readCsv', () => {
  it('should read ; with a BOM and CRLF, skip blank lines and number rows as in the file', () => {
    const table = readCsv(Buffer.from('\uFEFFName;Fraktion\r\nAnna;SPD\r\n\r\nBert;CDU\r\n'));
    expect(table).toEqual({
      headers: ['Name', 'Fraktion'],
      rows: [
        { row: 2, cells: ['Anna', 'SPD'] },
        { row: 4, cells: ['Bert', 'CDU'] },
      ],
    });
  });

  it('should read , with quoted cells holding the separator, quotes and line breaks', () => {
    const table = readCsv(Buffer.from('Name,Notiz\n"Cedern, Cem","sagt ""ja""\nund mehr"\n'));
    expect(table.rows).toEqual([{ row: 2, cells: ['Cedern, Cem', 'sagt "ja"\nund mehr'] }]);
  });
});

describe('fileKindOf and readTable', () => {
  it('should tell CSV and XLSX by content and refuse everything else', async () => {
    expect(fileKindOf(Buffer.from('a;b'), 'liste.CSV')).toBe('csv');
    expect(() => fileKindOf(Buffer.from([0xff, 0xfe, 0x00]), 'liste.csv')).toThrow(/Nur CSV/);
    expect(() => fileKindOf(Buffer.from('a;b'), 'liste.pdf')).toThrow(/Nur CSV/);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('A').addRows([
      ['Name', 'von'],
      ['Anna', new Date('2026-04-01')],
    ]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(() => fileKindOf(content, 'liste.csv')).toThrow(/Nur CSV/);
    expect(await readTable(content, 'liste.xlsx')).toEqual({
      headers: ['Name', 'von'],
      rows: [{ row: 2, cells: ['Anna', '2026-04-01'] }],
    });
  });
});

describe('cells', () => {
  it.each([
    ['01.11.2025', '2025-11-01'],
    ['1.4.2026', '2026-04-01'],
    ['2026-04-01', '2026-04-01'],
    ['31.02.2026', null],
    ['morgen', null],
  ])('should read the day %s as %s', (value, day) => {
    expect(isoDay(value)).toBe(day);
  });

  it('should read counts as whole numbers from 0 to 1000, blank as 0', () => {
    expect([countOf(''), countOf('7'), countOf('-1'), countOf('1.5'), countOf('1001')]).toEqual([
      0,
      7,
      null,
      null,
      null,
    ]);
  });
});
