import fc from 'fast-check';
import type { Fixture } from './access-callers';
import {
  BROKEN_ENCODINGS,
  INVALID_IDS,
  jsonValue,
  keyOf,
  nestedJson,
  rightKindValue,
  TRICKY_STRINGS,
  UNKNOWN_IDS,
  wrongValueFor,
} from './hostile-values';
import type { DtoShape, RouteShape } from './route-shapes';

/**
 * One hostile HTTP request, built so that a write can never succeed: every request that is not a
 * GET carries at least one fault the server must refuse (see `faults`), whatever else is random.
 */
export type HostileRequest = {
  route: string;
  method: string;
  /** The path as sent (segments percent-encoded, or deliberately broken). */
  path: string;
  contentType: string | null;
  body: string | null;
  callerIndex: number;
  /** Why a write cannot succeed: `parser`, `id`, `unknownId`, `dto` or `access`. */
  faults: string[];
};

/** Content types the body parser refuses with 415 whatever the body. */
const REFUSED_TYPES = [
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json; charset="iso-8859-1"',
  'text/plain',
  'text/html; charset=utf-8',
  'application/x-www-form-urlencoded',
  'application/xml',
  'application/octet-stream',
  'applicatio/json',
];

/** Content types under which the body is read as JSON. */
const JSON_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=UTF-8',
  'application/vnd.api+json',
  'APPLICATION/JSON',
];

type Body = { contentType: string | null; body: string | null; fault: 'parser' | 'dto' | null };

/** Bodies that never reach validation: wrong type or charset, malformed, too deep, too large. */
const parserFaultBody: fc.Arbitrary<Body> = fc.oneof(
  fc.record({
    contentType: fc.constantFrom<string | null>(...REFUSED_TYPES, null),
    body: fc.oneof(jsonValue, fc.constant('username=admin&password=x'), fc.constant('<a/>')),
    fault: fc.constant('parser' as const),
  }),
  fc.record({
    contentType: fc.constantFrom<string | null>(...JSON_TYPES),
    body: fc.oneof(
      fc.constantFrom(
        '{',
        '{"a":',
        '{"a":1,}',
        "{'a':1}",
        '[1,2',
        'undefined',
        'NaN',
        '"text"',
        '42',
      ),
      fc.constantFrom('null', 'true', '{"a":1}}', '\u00ff\u00fe{}', '{"a":"\\x41"}'),
      fc.integer({ min: 33, max: 3_000 }).map(nestedJson),
      fc.constant(`{"a":"${'x'.repeat(110 * 1024)}"}`),
    ),
    fault: fc.constant('parser' as const),
  }),
);

function objectText(entries: Array<[string, string]>): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`;
}

/**
 * A JSON body shaped like the DTO: some of its fields with hostile values, maybe unknown and
 * prototype-polluting keys, and last (so a duplicate key cannot override it) one certain fault:
 * a field of the wrong type or a key the DTO does not have.
 */
function dtoBody(dto: DtoShape): fc.Arbitrary<Body> {
  const names = Object.keys(dto.fields);
  const entries = fc.array(fc.tuple(keyOf(names), jsonValue), { maxLength: 6 });
  const wrongField =
    names.length > 0
      ? fc
          .constantFrom(...names)
          .chain((name) =>
            wrongValueFor(dto.fields[name]).map((value) => [name, value] as [string, string]),
          )
      : null;
  const extraKey = fc.tuple(
    fc.constantFrom('unerlaubt', 'isAdmin', 'id', 'role', 'version2', '$where', 'x'.repeat(300)),
    jsonValue,
  );
  const fault = wrongField ? fc.oneof(wrongField, extraKey) : extraKey;
  const objectBody = fc
    .tuple(entries, fault)
    .map(([random, last]) => objectText([...random, last]));
  // A JSON array or scalar where the DTO wants an object.
  const notAnObject = fc.oneof(
    fc.array(jsonValue, { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
  );
  const faulty = fc.record({
    contentType: fc.constantFrom<string | null>(...JSON_TYPES),
    body: fc.oneof({ weight: 5, arbitrary: objectBody }, { weight: 1, arbitrary: notAnObject }),
    fault: fc.constant('dto' as const),
  });
  // Every field of the right kind, hostile inside: may pass validation (no certain fault).
  const shaped = fc
    .tuple(...names.map((name) => fc.option(rightKindValue(dto.fields[name]), { nil: undefined })))
    .map((values) =>
      objectText(
        names.flatMap((name, index): Array<[string, string]> => {
          const value = values[index];
          return value === undefined ? [] : [[name, value]];
        }),
      ),
    );
  const shapedBody = fc.record({
    contentType: fc.constant<string | null>('application/json'),
    body: shaped,
    fault: fc.constant(null),
  });
  return fc.oneof({ weight: 3, arbitrary: faulty }, { weight: 2, arbitrary: shapedBody });
}

/** Bodies that carry no certain fault: no body, multipart, or any JSON. */
const looseBody: fc.Arbitrary<Body> = fc.oneof(
  fc.constant<Body>({ contentType: null, body: null, fault: null }),
  fc.record({
    contentType: fc.constantFrom<string | null>(...JSON_TYPES),
    body: jsonValue,
    fault: fc.constant(null),
  }),
  fc.constant<Body>({
    contentType: 'multipart/form-data; boundary=x',
    body: '--x\r\nContent-Disposition: form-data; name="title"\r\n\r\n%\r\n--x--\r\n',
    fault: null,
  }),
);

/** `unknownId`: a well-formed id that names nothing (no fixture id is that large). */
type Segment = { text: string; invalidId: boolean; unknownId?: boolean };

/** Percent-encoded; a lone surrogate (no UTF-8 form) is sent as the bytes of one, invalid UTF-8. */
function encodeSegment(value: string): string {
  return [...value]
    .map((char) => {
      try {
        return encodeURIComponent(char);
      } catch {
        return '%ED%A0%80';
      }
    })
    .join('');
}

const encoded = (value: string): Segment => ({ text: encodeSegment(value), invalidId: true });

function idSegment(known: number): fc.Arbitrary<Segment> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...INVALID_IDS).map(encoded) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...BROKEN_ENCODINGS).map((text) => ({ text, invalidId: true })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...UNKNOWN_IDS)
        .map((text) => ({ text, invalidId: false, unknownId: true })),
    },
    { weight: 2, arbitrary: fc.constant({ text: String(known), invalidId: false }) },
  );
}

const keySegment: fc.Arbitrary<Segment> = fc.oneof(
  fc.constantFrom('SPD', 'MAYOR', 'NOPE').map((text) => ({ text, invalidId: false })),
  fc
    .oneof(
      fc.constantFrom(...TRICKY_STRINGS),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
    )
    .map((value) => ({ text: encodeSegment(value), invalidId: false })),
  fc.constantFrom(...BROKEN_ENCODINGS).map((text) => ({ text, invalidId: false })),
);

/** The fixture's id for an id parameter of the route (as the access matrix fills them). */
function knownId(route: RouteShape, param: string, fixture: Fixture): number {
  if (param === 'itemId') return fixture.itemId;
  if (route.path.startsWith('/api/meetings')) return fixture.meetingId;
  if (route.path.startsWith('/api/votes') || route.path.startsWith('/api/history/votes')) {
    return fixture.voteId;
  }
  if (route.path.startsWith('/api/council/members')) return fixture.memberId;
  return fixture.motionId;
}

/** A hostile query string: the DTO's fields and unknown ones, repeated, with tricky values. */
function queryOf(dto: DtoShape | null): fc.Arbitrary<string> {
  const names = dto ? Object.keys(dto.fields) : [];
  const value = fc.oneof(
    fc.constantFrom(...TRICKY_STRINGS),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom(
      '2026-13-45',
      '0000-00-00',
      '2026-02-30',
      'SPD,GRUENE,MAYOR',
      'SPD:99',
      ':',
      ',,',
    ),
  );
  const pair = fc.tuple(keyOf(names), value);
  return fc
    .array(pair, { maxLength: 5 })
    .map((pairs) =>
      pairs.length === 0
        ? ''
        : '?' + pairs.map(([key, v]) => `${encodeSegment(key)}=${encodeSegment(v)}`).join('&'),
    );
}

/**
 * Hostile requests for one route. `refusedAtGuard(index)` tells whether the access table refuses
 * that caller the route whatever it sends (no session, or a role without the permission): such a
 * write is certain to fail (`access`); every other write gets a certain fault of body or path.
 */
export function hostileRequests(
  route: RouteShape,
  fixture: Fixture,
  /** Caller indexes to draw from (an index listed more often is drawn more often). */
  callerPool: number[],
  refusedAtGuard: (index: number) => boolean,
): fc.Arbitrary<HostileRequest> {
  const segments = route.path.split('/').map((part): fc.Arbitrary<Segment> => {
    if (!part.startsWith(':')) return fc.constant({ text: part, invalidId: false });
    const param = part.slice(1);
    return route.idParams.includes(param) ? idSegment(knownId(route, param, fixture)) : keySegment;
  });
  const body = fc.oneof(
    { weight: 2, arbitrary: parserFaultBody },
    { weight: route.body ? 5 : 0, arbitrary: route.body ? dtoBody(route.body) : looseBody },
    { weight: route.method === 'GET' ? 2 : 1, arbitrary: looseBody },
  );
  return fc
    .record({
      segments: fc.tuple(...segments),
      query: queryOf(route.query),
      body,
      callerIndex: fc.constantFrom(...callerPool),
    })
    .map(({ segments: parts, query, body: chosen, callerIndex }) => {
      const faults: string[] = [];
      if (chosen.fault) faults.push(chosen.fault);
      if (parts.some((part) => part.invalidId)) faults.push('id');
      if (parts.some((part) => part.unknownId)) faults.push('unknownId');
      if (refusedAtGuard(callerIndex)) faults.push('access');
      let { contentType, body: text } = chosen;
      // Invalid by construction: a write with no certain fault gets a key its DTO does not
      // have (a JSON object body) or else a malformed body.
      if (route.method !== 'GET' && faults.length === 0) {
        if (route.body && contentType === 'application/json' && text?.startsWith('{')) {
          text = text === '{}' ? '{"unerlaubt":1}' : `${text.slice(0, -1)},"unerlaubt":1}`;
          faults.push('dto');
        } else {
          contentType = 'application/json';
          text = '{"unvollständig":';
          faults.push('parser');
        }
      }
      return {
        route: route.key,
        method: route.method,
        path: parts.map((part) => part.text).join('/') + query,
        contentType,
        body: text,
        callerIndex,
        faults,
      };
    });
}
