/** Contract of the file import (issue 13, api.md "Bodies and the path of a motion"). */

export type FileImportKind = 'members' | 'results';

/** One change the file makes (or would make in a dry run), in the order of the rows. */
export type FileImportChange = {
  /** The file's row (1 is the header line). */
  row: number;
  action: 'add' | 'update' | 'end' | 'unchanged';
  /** What changes: a member, a membership, a recorded vote. */
  subject: 'member' | 'membership' | 'vote';
  /** German text for the preview, e.g. "Anna Amsel: SPD ab 01.11.2025". */
  text: string;
};

/** A row that cannot be taken, with a German message naming the row and the column. */
export type FileImportRowError = { row: number; column: string | null; message: string };

export type FileImportResult = {
  kind: FileImportKind;
  dryRun: boolean;
  /** True only when dryRun was false and no row had an error: everything was written. */
  applied: boolean;
  rows: number;
  changes: FileImportChange[];
  errors: FileImportRowError[];
};
