import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { RequestError } from './request.errors';
import { MAX_STORED_INTEGER } from './stored-integer';

/** Positive decimal integers: no sign, exponent, hex or spaces. */
const ID_PATTERN = /^[1-9][0-9]{0,9}$/;

/** An id within the range of the `integer` key columns of both engines. */
export function parseIdOrThrow(value: unknown): number {
  if (typeof value === 'string' && ID_PATTERN.test(value) && Number(value) <= MAX_STORED_INTEGER) {
    return Number(value);
  }
  throw new RequestError(
    'INVALID_ID',
    `Ungültige Kennung: erwartet wird eine positive ganze Zahl bis ${MAX_STORED_INTEGER}`,
  );
}

/**
 * Every numeric path parameter (`@Param('id') id: number`) is an id. Registered globally before
 * the ValidationPipe, whose `transform` would otherwise turn "1e3" into 1000 and "0x10" into 16
 * before a route's ParseIntPipe sees it.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown> {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param' || metadata.metatype !== Number || !metadata.data) return value;
    return parseIdOrThrow(value);
  }
}
