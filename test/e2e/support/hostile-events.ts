import fc from 'fast-check';
import type { Socket } from 'socket.io-client';
import { jsonValue, nestedJson, wrongValueFor } from './hostile-values';

/** What became of one emitted event. */
export type EventOutcome =
  | { kind: 'ack'; ack: unknown }
  | { kind: 'exception'; error: unknown }
  | { kind: 'closed'; reason: string }
  | { kind: 'silent' };

export type HostileEvent = { event: string; args: unknown[] };

/** Event names no gateway handles (reserved socket.io names would throw in the client). */
export const UNKNOWN_EVENTS = [
  'constructor',
  '__proto__',
  'toString',
  'subscribe ',
  'SUBSCRIBE',
  'x'.repeat(500),
];

const parsed = jsonValue.map((text) => JSON.parse(text) as unknown);

/** A payload shaped like a subscription, with hostile values and extra keys. */
const shapedPayload = fc
  .record({
    field: fc.constantFrom('motionId', 'meetingId', 'list'),
    value: fc.oneof(
      parsed,
      wrongValueFor('integer').map((text) => JSON.parse(text) as unknown),
    ),
    extra: fc.option(
      fc.tuple(fc.constantFrom('__proto__', 'constructor', 'room', 'motionId'), parsed),
    ),
  })
  .map(({ field, value, extra }) => {
    const payload: Record<string, unknown> = { [field]: value };
    if (extra) Object.defineProperty(payload, extra[0], { value: extra[1], enumerable: true });
    return payload;
  });

const payload: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: shapedPayload },
  { weight: 3, arbitrary: parsed },
  { weight: 1, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 33, max: 400 })
      .map((depth) => JSON.parse(nestedJson(depth)) as unknown),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)) },
  { weight: 1, arbitrary: fc.constant({ motionId: Buffer.from([1, 2, 3]) }) },
  // Over the socket's 64 KB message limit: the server closes the connection.
  { weight: 1, arbitrary: fc.constant({ motionId: 'x'.repeat(70 * 1024) }) },
);

/** Hostile emits of the given events: one payload, sometimes more arguments. */
export function hostileEvents(events: string[]): fc.Arbitrary<HostileEvent> {
  return fc.record({
    event: fc.constantFrom(...events),
    args: fc.oneof(
      { weight: 4, arbitrary: payload.map((value) => [value]) },
      { weight: 1, arbitrary: fc.array(payload, { minLength: 2, maxLength: 3 }) },
    ),
  });
}

/**
 * Emits and waits for the ack, an `exception` event or the connection's end; `silent` after
 * `waitMs` without any of them. One event at a time per socket: a validation exception does not
 * name its event, so only order tells whose it is.
 */
export function emitAndWait(
  socket: Socket,
  { event, args }: HostileEvent,
  waitMs: number,
): Promise<EventOutcome> {
  return new Promise((resolve) => {
    const done = (outcome: EventOutcome) => {
      clearTimeout(timer);
      socket.off('exception', onException);
      socket.off('disconnect', onDisconnect);
      resolve(outcome);
    };
    const onException = (error: unknown) => done({ kind: 'exception', error });
    const onDisconnect = (reason: string) => done({ kind: 'closed', reason });
    const timer = setTimeout(() => done({ kind: 'silent' }), waitMs);
    socket.on('exception', onException);
    socket.on('disconnect', onDisconnect);
    socket.emit(event, ...args, (ack: unknown) => done({ kind: 'ack', ack }));
  });
}
