/** Contract of the OParl import (issue 5): admin endpoints, job status and socket progress. */

export type OparlImportRequest = {
  /** An OParl System or Body URL (http/https). */
  url: string;
  /** Ignore the last import time and fetch everything (no `modified_since`). */
  full?: boolean;
};

export type OparlImportCounts = {
  groups: number;
  members: number;
  memberships: number;
  motions: number;
  meetings: number;
  agendaItems: number;
};

export type OparlSkipped = { type: string; id: string; reason: string };

/** One line of the data-quality report: the object (type and id) and what was decided or lacks. */
export type OparlReportEntry = { type: string; id: string; note: string };

export type OparlImportResult = {
  created: OparlImportCounts;
  updated: OparlImportCounts;
  deleted: OparlImportCounts;
  /** Objects that could not be mapped (missing required fields, broken references). */
  skipped: OparlSkipped[];
  /** Objects that are valid but not part of the council (committees, staff, other memberships). */
  ignored: number;
  /** Mapping decisions the source left open (contradicting kinds, short codes, a party as group). */
  guessed: OparlReportEntry[];
  /** What the source lacks or the product cannot take yet (no Fraktion, results without counts). */
  missing: OparlReportEntry[];
  /** Members not in the source whose open memberships the import ended (the import is the truth). */
  ended: OparlReportEntry[];
  /** The OParl System (or Body) the import belongs to and the `modified_since` it used. */
  system: string;
  modifiedSince: string | null;
};

export type OparlImportPhase =
  | 'fetch:body'
  | 'fetch:organizations'
  | 'fetch:persons'
  | 'fetch:memberships'
  | 'fetch:papers'
  | 'fetch:meetings'
  | 'fetch:references'
  | 'apply'
  | 'done';

export type OparlImportProgress = { phase: OparlImportPhase; processed: number };

export type OparlImportJobStatus = 'running' | 'done' | 'failed';

export type OparlImportStarted = { jobId: string };

export type OparlImportJobView = {
  jobId: string;
  status: OparlImportJobStatus;
  url: string;
  progress: OparlImportProgress;
  result?: OparlImportResult;
  error?: string;
};

export type ImportProgressEvent = OparlImportJobView;
