import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { RequestError } from './request.errors';

export type JsonBodyLimits = { maxBytes: number; maxDepth: number };

const UTF8 = new Set(['utf-8', 'utf8']);

type ContentType = { mediaType: string; charset: string | null };

function contentTypeOf(header: string | undefined): ContentType | null {
  if (!header) return null;
  const [mediaType, ...parameters] = header.split(';');
  let charset: string | null = null;
  for (const parameter of parameters) {
    const [name, value] = parameter.split('=');
    if (name?.trim().toLowerCase() === 'charset') {
      charset = (value ?? '').trim().replace(/^"|"$/g, '').toLowerCase();
    }
  }
  return { mediaType: (mediaType ?? '').trim().toLowerCase(), charset };
}

function isJsonMediaType(mediaType: string): boolean {
  return (
    mediaType === 'application/json' || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(mediaType)
  );
}

function hasBody(request: Request): boolean {
  return (
    request.headers['transfer-encoding'] !== undefined ||
    Number(request.headers['content-length'] ?? 0) > 0
  );
}

const unsupported = () =>
  new RequestError(
    'UNSUPPORTED_MEDIA_TYPE',
    'Der Inhalt muss JSON in UTF-8 sein (Content-Type: application/json)',
  );

/**
 * The API reads JSON in UTF-8 only. Anything else (other charsets, forms, text) is refused with
 * 415 before a parser touches it; multipart passes untouched, for routes that take a file.
 */
export function bodyKindOrThrow(request: Request): 'none' | 'json' | 'multipart' {
  if (!hasBody(request)) return 'none';
  const type = contentTypeOf(request.headers['content-type']);
  if (type?.mediaType === 'multipart/form-data') return 'multipart';
  if (!type || !isJsonMediaType(type.mediaType)) throw unsupported();
  if (type.charset !== null && !UTF8.has(type.charset)) throw unsupported();
  return 'json';
}

/** Depth of nested objects/arrays, walked without recursion so hostile nesting cannot overflow. */
export function jsonDepthExceeds(value: unknown, maxDepth: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth > maxDepth) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}

type BodyParserError = { type: string; status: number };

export function isBodyParserError(error: unknown): error is BodyParserError {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as Partial<BodyParserError>;
  return (
    typeof candidate.type === 'string' &&
    typeof candidate.status === 'number' &&
    candidate.status >= 400 &&
    candidate.status < 500
  );
}

/** body-parser's errors (English, some with internals) as coded German request errors. */
export function toRequestError(error: BodyParserError, maxBytes?: number): RequestError {
  switch (error.type) {
    case 'entity.too.large': {
      const limit = maxBytes === undefined ? '' : ` (höchstens ${Math.floor(maxBytes / 1024)} KB)`;
      return new RequestError('PAYLOAD_TOO_LARGE', `Der Inhalt ist zu groß${limit}`);
    }
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return unsupported();
    default:
      return new RequestError('MALFORMED_JSON', 'Der Inhalt ist kein gültiges JSON');
  }
}

/**
 * The API's JSON body parser: media type and charset checked first, size capped while reading,
 * nesting depth checked after parsing, all before any guard, pipe or validator sees the body.
 * Nest's own JSON parser skips requests this one has read.
 */
export function jsonBodyParser(limits: JsonBodyLimits): RequestHandler {
  const parse = express.json({ limit: limits.maxBytes, strict: true, type: () => true });
  return (request: Request, response: Response, next: NextFunction) => {
    let kind: ReturnType<typeof bodyKindOrThrow>;
    try {
      kind = bodyKindOrThrow(request);
    } catch (error) {
      return next(error);
    }
    if (kind !== 'json') return next();
    parse(request, response, (error?: unknown) => {
      if (error)
        return next(isBodyParserError(error) ? toRequestError(error, limits.maxBytes) : error);
      if (jsonDepthExceeds(request.body, limits.maxDepth)) {
        return next(
          new RequestError(
            'JSON_TOO_DEEP',
            `Der Inhalt ist zu tief verschachtelt (höchstens ${limits.maxDepth} Ebenen)`,
          ),
        );
      }
      next();
    });
  };
}
