import { OparlError } from './oparl.errors';
import { isRecord, objectList, text, type OparlRaw } from './oparl-mapping';

export type FetchLike = (
  url: string,
  init: { signal: AbortSignal; headers: Record<string, string> },
) => Promise<Response>;

export type OparlClientOptions = {
  /** Per request, in milliseconds. */
  timeoutMs?: number;
  /** Stops a list that never ends (a `next` loop). */
  maxPages?: number;
  fetch?: FetchLike;
};

function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'Zeitüberschreitung';
    const cause = (error as Error & { cause?: unknown }).cause;
    const detail = cause instanceof Error ? cause.message : undefined;
    return detail ?? error.message;
  }
  return String(error);
}

/** `next` with the list's `modified_since` put back when the server dropped it from the link. */
function withFilterOf(listUrl: string, next: string): string {
  const since = new URL(listUrl).searchParams.get('modified_since');
  const parsed = new URL(next, listUrl);
  if (since === null || parsed.searchParams.has('modified_since')) return parsed.toString();
  parsed.searchParams.set('modified_since', since);
  return parsed.toString();
}

/** Reads OParl objects and paged lists over HTTP(S) with Node's fetch. */
export class OparlClient {
  private readonly timeoutMs: number;
  private readonly maxPages: number;
  private readonly fetchImpl: FetchLike;

  constructor(options: OparlClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxPages = options.maxPages ?? 10_000;
    this.fetchImpl = options.fetch ?? ((url, init) => fetch(url, init));
  }

  /** GET one JSON object; every failure becomes an OparlError with a clear German message. */
  async getObject(url: string): Promise<OparlRaw> {
    const body = await this.getJson(url);
    if (!isRecord(body)) {
      throw new OparlError('OPARL_INVALID_RESPONSE', `Kein OParl-Objekt von ${url}`);
    }
    return body;
  }

  private async getJson(url: string): Promise<unknown> {
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      throw new OparlError(
        'OPARL_UNREACHABLE',
        `OParl-System nicht erreichbar: ${url} (${reasonOf(error)})`,
      );
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new OparlError(
        'OPARL_HTTP_ERROR',
        `OParl-System antwortet mit HTTP ${response.status}: ${url}`,
      );
    }
    try {
      return JSON.parse(await response.text()) as unknown;
    } catch {
      throw new OparlError('OPARL_INVALID_JSON', `Ungültiges JSON von ${url}`);
    }
  }

  /** Walks a list through `links.next`, calling `onPage` with each page's objects. */
  async eachPage(url: string, onPage: (objects: OparlRaw[]) => void): Promise<void> {
    const seen = new Set<string>();
    let next: string | undefined = url;
    while (next !== undefined) {
      if (seen.has(next) || seen.size >= this.maxPages) {
        throw new OparlError('OPARL_INVALID_RESPONSE', `Endlose Paginierung bei ${next}`);
      }
      seen.add(next);
      const page = await this.pageOf(next, url);
      onPage(objectList(page.data));
      const link = isRecord(page.links) ? text(page.links.next) : undefined;
      next = link === undefined ? undefined : withFilterOf(url, link);
    }
  }

  /**
   * One page of a list. Some servers answer an empty filtered list with a bare `[]` or with
   * HTTP 404: both read as an empty page.
   */
  private async pageOf(pageUrl: string, listUrl: string): Promise<OparlRaw> {
    let page: unknown;
    try {
      page = await this.getJson(pageUrl);
    } catch (error) {
      const filtered = new URL(listUrl).searchParams.has('modified_since');
      const notFound = error instanceof OparlError && / HTTP 404:/.test(error.message);
      if (filtered && notFound) return { data: [] };
      throw error;
    }
    if (Array.isArray(page)) return { data: page };
    if (!isRecord(page) || !Array.isArray(page.data)) {
      throw new OparlError(
        'OPARL_INVALID_RESPONSE',
        `Keine OParl-Liste (data fehlt) von ${pageUrl}`,
      );
    }
    return page;
  }

  async getList(url: string, onPage?: (count: number) => void): Promise<OparlRaw[]> {
    const all: OparlRaw[] = [];
    await this.eachPage(url, (objects) => {
      all.push(...objects);
      onPage?.(all.length);
    });
    return all;
  }
}
