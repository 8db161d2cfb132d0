import fc from 'fast-check';
import type { FieldKind } from './route-shapes';

/**
 * Hostile values for fuzzing, as JSON text where JSON is sent: numbers JSON.stringify cannot
 * write (1e400, -0), lone surrogates, keys that pollute prototypes. Used by hostile-requests.ts.
 */

/** Strings a query, a path segment or a text field should survive: SQL, LIKE, unicode. */
export const TRICKY_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE motion; --",
  '" OR ""="',
  '%',
  '_',
  '%_%',
  '\\',
  '\\%',
  '[a-z]*',
  '*',
  '../../etc/passwd',
  '$where',
  '{"$ne":null}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '\u0000',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '\u200b\u200d\ufeff',
  'Z\u0351\u0362a\u0334l\u0336g\u0337o',
  '😀👍🏽🇩🇪',
  'Ünïcödé ß',
  ' ',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  'true',
  '-1',
  '1e3',
  'SPD',
  'MAYOR',
  'yes',
];

/** Path segments that are no id: the global ParseIdPipe must refuse every one. */
export const INVALID_IDS = [
  '0',
  '-1',
  '1e3',
  '0x10',
  '99999999999999999999',
  '1234567890123456',
  'NaN',
  'Infinity',
  '1.5',
  '1.0',
  '+1',
  '01',
  ' 1',
  '1 ',
  '\u0661',
  '\uff11',
  "1' OR '1'='1",
  '1;DROP TABLE motion',
  '%',
  '__proto__',
  'constructor',
  'null',
  'true',
];

/** Path segments that look like ids but name nothing. */
export const UNKNOWN_IDS = ['999999', '999999999999999', '2147483648'];

/** Raw path segments with a broken percent-encoding (sent as they are). */
export const BROKEN_ENCODINGS = ['%', '%E0%A4%A', '%zz', '%C0%AF', '%FF%FE'];

const jsonNumber = fc.constantFrom(
  '0',
  '-0',
  '-1',
  '1.5',
  '1e3',
  '1e400',
  '-1e400',
  '1e-400',
  '99999999999999999999',
  '9007199254740993',
  '2147483648',
);

const junkString = fc.oneof(
  fc.constantFrom(...TRICKY_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('x'.repeat(5_001), 'ü'.repeat(20_001)),
);

/** A JSON string literal, sometimes with a lone surrogate JSON.stringify would not write. */
const jsonString = fc.oneof(
  { weight: 6, arbitrary: junkString.map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.constantFrom('"\\ud800"', '"a\\udfffb"', '"\\u0000\\u001f"') },
);

/** Any hostile JSON value, as text. */
export const jsonValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: jsonString },
  { weight: 2, arbitrary: jsonNumber },
  { weight: 1, arbitrary: fc.constantFrom('true', 'false', 'null', '[]', '{}') },
  { weight: 2, arbitrary: fc.json({ depthSize: 'small', maxDepth: 4 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{"__proto__":{"isAdmin":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '[{"__proto__":null}]',
    ),
  },
);

/**
 * Values a field of the kind refuses whatever its other rules: a value class-validator's type
 * check fails (never null or undefined, which @IsOptional lets through).
 */
export function wrongValueFor(kind: FieldKind): fc.Arbitrary<string> {
  switch (kind) {
    case 'string':
      return fc.constantFrom('1', '-1', 'true', '{}', '[]', '{"$ne":null}', '["a"]');
    case 'integer':
      return fc.constantFrom('"1"', '1.5', '1e400', 'true', '{}', '[]', '"NaN"');
    case 'boolean':
      return fc.constantFrom('"true"', '1', '0', '{}', '[]', '"ja"');
    case 'array':
      return fc.constantFrom('"x"', '5', '{}', 'true', '{"0":"a","length":1}');
    case 'object':
      return fc.constantFrom('"x"', '5', 'true', '"{}"');
  }
}

/**
 * Values of the kind a field wants with hostile contents (SQL, LIKE, unicode, bounds): they may
 * pass validation and reach the service, which must still refuse them or the request's target.
 */
export function rightKindValue(kind: FieldKind): fc.Arbitrary<string> {
  switch (kind) {
    case 'string':
      return junkString.map((value) => JSON.stringify(value));
    case 'integer':
      return fc.constantFrom('0', '-1', '1', '1000', '1001', '999999', '2147483648');
    case 'boolean':
      return fc.constantFrom('true', 'false');
    case 'array':
      return fc.constantFrom(
        '[]',
        '["SPD","%","MAYOR"]',
        '[1,2,999999]',
        '[{"memberId":1,"vote":"yes"},{"memberId":1,"vote":"no"}]',
        '[{"groupKey":"SPD","yes":999,"no":0,"abstain":0,"absent":0}]',
      );
    case 'object':
      return fc.constantFrom(
        '{}',
        '{"yes":1,"no":0,"abstain":0}',
        '{"yes":1000,"no":1000,"abstain":0}',
      );
  }
}

/** Object keys: the DTO's own, unknown ones and prototype-polluting ones. */
export function keyOf(fields: string[]): fc.Arbitrary<string> {
  const unknown = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '$where', 'role', 'id'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  );
  return fields.length > 0 ? fc.oneof(fc.constantFrom(...fields), unknown) : unknown;
}

/** `{"a":{"a":…}}` nested `depth` levels deep. */
export function nestedJson(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}
