import ExcelJS from 'exceljs';
import { BadRequestException } from '@nestjs/common';
import { RequestError } from '../common/request.errors';

/** A file read as a table: the header line's names and each data row by its file row number. */
export type FileTable = { headers: string[]; rows: Array<{ row: number; cells: string[] }> };

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const BOM = '\uFEFF';

/** XLSX by its content (a zip), CSV when the bytes are UTF-8 text; anything else is refused. */
export function fileKindOf(content: Buffer, name: string): 'xlsx' | 'csv' {
  if (content.subarray(0, 4).equals(ZIP_MAGIC)) {
    if (/\.xlsx$/i.test(name)) return 'xlsx';
  } else if (/\.(csv|txt)$/i.test(name) && isUtf8Text(content)) {
    return 'csv';
  }
  throw new RequestError(
    'UNSUPPORTED_MEDIA_TYPE',
    'Nur CSV-Dateien (UTF-8) und Excel-Dateien (.xlsx) können importiert werden',
  );
}

function isUtf8Text(content: Buffer): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}

export async function readTable(content: Buffer, name: string): Promise<FileTable> {
  const table = fileKindOf(content, name) === 'xlsx' ? await readXlsx(content) : readCsv(content);
  if (table.headers.every((h) => h === '')) {
    throw new BadRequestException('Die Datei hat keine Kopfzeile');
  }
  return table;
}

/** CSV with `;` or `,` (whichever the header line uses more), quotes as in RFC 4180. */
export function readCsv(content: Buffer): FileTable {
  let text = content.toString('utf8');
  if (text.startsWith(BOM)) text = text.slice(1);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const separator = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
  const lines = parseCsv(text, separator);
  const [headers = [], ...rest] = lines;
  return {
    headers: headers.map((h) => h.trim()),
    rows: rest
      .map((cells, index) => ({ row: index + 2, cells: cells.map((c) => c.trim()) }))
      .filter((r) => r.cells.some((c) => c !== '')),
  };
}

function count(line: string, char: string): number {
  return line.split(char).length - 1;
}

function parseCsv(text: string, separator: string): string[][] {
  const lines: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      lines.push(cells);
      cells = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) lines.push([...cells, cell]);
  return lines;
}

/** The first worksheet; dates as ISO days, numbers and text as written. */
async function readXlsx(content: Buffer): Promise<FileTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new RequestError('UNSUPPORTED_MEDIA_TYPE', 'Die Excel-Datei lässt sich nicht lesen');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new BadRequestException('Die Excel-Datei hat kein Tabellenblatt');
  const width = sheet.columnCount;
  const valuesOf = (row: ExcelJS.Row) =>
    Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
  const headers = valuesOf(sheet.getRow(1));
  const rows: FileTable['rows'] = [];
  for (let n = 2; n <= sheet.rowCount; n += 1) {
    const cells = valuesOf(sheet.getRow(n));
    if (cells.some((c) => c !== '')) rows.push({ row: n, cells });
  }
  return { headers, rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return String(value.text).trim();
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    return '';
  }
  return String(value).trim();
}
