import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  buildFixtureData,
  type FixtureData,
  type FixtureLists,
  type OparlObject,
} from './oparl/fixture-data';

export type Failure = 'invalid-json' | 'http-500';

/** Ways real servers differ (issue 13), off by default. */
export type FixtureOptions = {
  build?: (base: string) => FixtureData;
  /** How a filtered list with nothing in it answers: HTTP 404 or a bare `[]`. */
  emptyFiltered?: '404' | '[]';
  /** `links.next` without the `modified_since` the page was asked with. */
  dropFilterInNext?: boolean;
};

export type OparlFixture = {
  base: string;
  systemUrl: string;
  bodyUrl: string;
  data: FixtureData;
  /** Every requested path with its query, in order. */
  requests: string[];
  /** Changes an object (in lists and look-ups) and stamps `modified` with now. */
  update: (id: string, patch: Record<string, unknown>) => void;
  /** Turns an object into an OParl deleted object (`deleted: true`, modified now). */
  markDeleted: (id: string) => void;
  /** Appends an object to the last page of a list, modified now. */
  add: (list: keyof FixtureLists, object: OparlObject) => void;
  /** Makes one path (e.g. `/oparl/v1/body/1/papers?page=2`) fail until cleared. */
  fail: (pathWithQuery: string, failure: Failure) => void;
  clearFailures: () => void;
  close: () => Promise<void>;
};

const LIST_PATH = /^\/oparl\/v1\/body\/1\/(organizations|persons|memberships|papers|meetings)$/;

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(body);
}

/**
 * A small OParl 1.1 server on a free loopback port: System → Body → paged lists (`links.next`)
 * with the `modified_since` filter, single objects by their URL, and failure modes.
 */
export async function startOparlFixture(options: FixtureOptions = {}): Promise<OparlFixture> {
  const failures = new Map<string, Failure>();
  const requests: string[] = [];
  const state: { data?: FixtureData } = {};

  const allObjects = (): OparlObject[] => {
    const { data } = state;
    if (!data) return [];
    const listed = Object.values(data.lists).flatMap((pages: OparlObject[][]) => pages.flat());
    return [data.system, data.body, ...listed, ...data.singles];
  };
  const byId = (id: string) => allObjects().find((object) => object.id === id);

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://fixture');
    const pathWithQuery = `${url.pathname}${url.search}`;
    requests.push(pathWithQuery);
    const failure = failures.get(pathWithQuery) ?? failures.get(url.pathname);
    if (url.pathname === '/broken-json' || failure === 'invalid-json') {
      return send(response, 200, '{"data": [ this is not json');
    }
    if (url.pathname === '/error-500' || failure === 'http-500') {
      return send(response, 500, '{"error":"Interner Fehler"}');
    }
    const { data } = state;
    if (!data) return send(response, 503, '{}');
    if (url.pathname === '/oparl/v1/bodies') {
      return send(response, 200, JSON.stringify({ data: [data.body], links: {} }));
    }
    const list = LIST_PATH.exec(url.pathname);
    if (list) {
      const pages = data.lists[list[1] as keyof FixtureLists];
      const page = Number(url.searchParams.get('page') ?? '1');
      const since = url.searchParams.get('modified_since');
      const changed = (o: OparlObject) =>
        since === null || Date.parse(o.modified ?? '') > Date.parse(since);
      const objects = (pages[page - 1] ?? []).filter(changed);
      if (since !== null && options.emptyFiltered && !pages.flat().some(changed)) {
        return options.emptyFiltered === '404'
          ? send(response, 404, '{"error":"keine Änderungen"}')
          : send(response, 200, '[]');
      }
      const next = new URL(`${fixture.base}${url.pathname}`);
      if (since !== null && !options.dropFilterInNext) {
        next.searchParams.set('modified_since', since);
      }
      next.searchParams.set('page', String(page + 1));
      return send(
        response,
        200,
        JSON.stringify({
          data: objects,
          pagination: { currentPage: page, totalPages: pages.length, elementsPerPage: 5 },
          links: page < pages.length ? { next: next.toString() } : {},
        }),
      );
    }
    const object = byId(`${fixture.base}${url.pathname}`);
    if (object) return send(response, 200, JSON.stringify(object));
    return send(response, 404, '{"error":"not found"}');
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const data = (options.build ?? buildFixtureData)(base);
  state.data = data;

  const update = (id: string, patch: Record<string, unknown>) => {
    const targets = allObjects().filter((o) => o.id === id);
    if (targets.length === 0) throw new Error(`fixture has no object ${id}`);
    for (const target of targets)
      Object.assign(target, patch, { modified: new Date().toISOString() });
  };
  const markDeleted = (id: string) => {
    for (const target of allObjects().filter((o) => o.id === id)) {
      for (const key of Object.keys(target)) {
        if (!['id', 'type', 'created'].includes(key)) delete target[key];
      }
      Object.assign(target, { deleted: true, modified: new Date().toISOString() });
    }
  };

  const fixture: OparlFixture = {
    base,
    systemUrl: `${base}/oparl/v1/system`,
    bodyUrl: `${base}/oparl/v1/body/1`,
    data,
    requests,
    update,
    markDeleted,
    add: (list, object) => {
      const pages = data.lists[list];
      pages[pages.length - 1].push({ ...object, modified: new Date().toISOString() });
    },
    fail: (path, kind) => failures.set(path, kind),
    clearFailures: () => failures.clear(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return fixture;
}
