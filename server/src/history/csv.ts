export type CsvValue = string | number | boolean | null;

/** Byte order mark: Excel opens UTF-8 (umlauts) correctly only with it. */
export const UTF8_BOM = '\uFEFF';

const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;
/** Cells Excel would run as a formula are written as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvValue, decimal: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'number') {
    return Number.isInteger(value) ? String(value) : String(value).replace('.', decimal);
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A spreadsheet for German Excel: UTF-8 with BOM, `;` separated, CRLF lines, a header row,
 * booleans as ja/nein and decimal commas (an English export passes '.').
 */
export function toCsv(
  header: readonly string[],
  rows: readonly CsvValue[][],
  decimal = ',',
): string {
  const line = (values: readonly CsvValue[]) => values.map((v) => cell(v, decimal)).join(';');
  const lines = [line(header), ...rows.map(line)];
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
