import { toCsv, UTF8_BOM } from './csv';

describe('toCsv', () => {
  it('should start with a BOM, separate by ; and end lines with CRLF', () => {
    const csv = toCsv(['a', 'b'], [[1, 'Grüne']]);
    expect(csv).toBe(`${UTF8_BOM}a;b\r\n1;Grüne\r\n`);
  });

  it('should quote cells with separators, quotes or line breaks', () => {
    expect(toCsv(['x'], [['a;b'], ['say "hi"'], ['two\nlines']])).toBe(
      `${UTF8_BOM}x\r\n"a;b"\r\n"say ""hi"""\r\n"two\nlines"\r\n`,
    );
  });

  it('should write booleans as ja/nein, null as empty and decimals with a comma', () => {
    expect(toCsv(['x', 'y', 'z', 'w'], [[true, false, null, 0.25]])).toBe(
      `${UTF8_BOM}x;y;z;w\r\nja;nein;;0,25\r\n`,
    );
  });

  it('should defuse cells Excel would run as formulas', () => {
    expect(toCsv(['x'], [['=HYPERLINK("x")']])).toBe(`${UTF8_BOM}x\r\n"'=HYPERLINK(""x"")"\r\n`);
  });
});
