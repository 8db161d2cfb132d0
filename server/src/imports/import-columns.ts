import type { FileImportRowError } from '@mehrheitsplaner/shared';
import { isIsoDate } from '../council/membership-rules';
import type { FileTable } from './file-table';

/** A column: the German label the messages name, the header words it is recognised by. */
export type ColumnSpec = { label: string; headers: string[]; required: boolean };

const normalise = (header: string) =>
  header
    .toLowerCase()
    .replace(/[^a-zäöüß]/g, '')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss');

export function rowError(row: number, column: string | null, message: string): FileImportRowError {
  const where = column === null ? `Zeile ${row}` : `Zeile ${row}, Spalte „${column}“`;
  return { row, column, message: `${where}: ${message}` };
}

/** Reads the cells of a table's rows by field, after the header line named the columns. */
export class ImportRows<F extends string> {
  private constructor(
    private readonly specs: Record<F, ColumnSpec>,
    private readonly index: Partial<Record<F, number>>,
  ) {}

  /** The columns found in the header line, or the errors for required ones that are absent. */
  static of<F extends string>(
    table: FileTable,
    specs: Record<F, ColumnSpec>,
  ): ImportRows<F> | FileImportRowError[] {
    const headers = table.headers.map(normalise);
    const index: Partial<Record<F, number>> = {};
    const errors: FileImportRowError[] = [];
    for (const field of Object.keys(specs) as F[]) {
      const spec = specs[field];
      const at = headers.findIndex((h) => spec.headers.some((name) => normalise(name) === h));
      if (at >= 0) index[field] = at;
      else if (spec.required) errors.push(rowError(1, spec.label, 'Spalte fehlt in der Kopfzeile'));
    }
    return errors.length > 0 ? errors : new ImportRows(specs, index);
  }

  label(field: F): string {
    return this.specs[field].label;
  }

  text(cells: string[], field: F): string {
    const at = this.index[field];
    return at === undefined ? '' : (cells[at] ?? '').trim();
  }
}

/** "01.11.2025", "1.11.2025" or "2025-11-01" → "2025-11-01"; null when neither. */
export function isoDay(value: string): string | null {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = german
    ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}`
    : value.slice(0, 10);
  return isIsoDate(iso) ? iso : null;
}

/** "2025-11-01" → "01.11.2025" for the preview texts. */
export function germanDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** A count: blank is 0, otherwise a whole number from 0 to 1000; null when it is none. */
export function countOf(value: string): number | null {
  if (value === '') return 0;
  if (!/^\d{1,4}$/.test(value)) return null;
  const n = Number(value);
  return n <= 1000 ? n : null;
}
