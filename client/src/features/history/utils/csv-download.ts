import type { HistoryQuery } from '@mehrheitsplaner/shared';
import type { HistoryExportFile } from '../../../api/api-client';

const BASE_NAMES: Record<string, string> = { votes: 'abstimmungen', ballots: 'einzelstimmen' };

/** `abstimmungen_2025-01-01_2025-12-31.csv`: the kind, the chosen period and the format. */
export function exportFileName(file: HistoryExportFile, query: HistoryQuery): string {
  const [kind, extension] = file.split('.');
  const period = [query.from, query.to].filter(Boolean).join('_');
  return `${BASE_NAMES[kind]}${period ? `_${period}` : ''}.${extension}`;
}

type DownloadDeps = {
  document: Pick<Document, 'createElement' | 'body'>;
  url: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
};

/** Hands a fetched Blob to the browser as a file download (auth is a header, not a link). */
export function saveBlob(
  blob: Blob,
  fileName: string,
  deps: DownloadDeps = { document, url: URL },
): void {
  const href = deps.url.createObjectURL(blob);
  const link = deps.document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  deps.document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => deps.url.revokeObjectURL(href), 0);
}
