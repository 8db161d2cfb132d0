import type { NextFunction, Request, Response } from 'express';
import { EventEmitter } from 'node:events';
import { pino, type DestinationStream } from 'pino';
import { PinoNestLogger, REDACTED_PATHS, requestLog } from './logging';

/** A pino logger writing its lines into an array, parsed. */
function capture(options: { redact?: boolean } = {}) {
  const lines: Array<Record<string, unknown>> = [];
  const stream: DestinationStream = {
    write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>),
  };
  const redact = options.redact ? { paths: REDACTED_PATHS, censor: '[redacted]' } : undefined;
  return { lines, logger: pino({ level: 'info', redact }, stream) };
}

describe('PinoNestLogger', () => {
  it("should write Nest's context, an error's stack and extra values as fields", () => {
    const { lines, logger } = capture();
    const nest = new PinoNestLogger(logger);
    nest.log('Mehrheitsplaner läuft', 'Bootstrap');
    nest.error('Unexpected error [abc]', 'Error: boom\n    at x', 'AllExceptionsFilter');
    nest.warn('Nur so', undefined, 'Shutdown');
    nest.debug('not at info level', 'Shutdown');
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, context: 'Bootstrap', msg: 'Mehrheitsplaner läuft' }),
      expect.objectContaining({
        level: 50,
        context: 'AllExceptionsFilter',
        stack: 'Error: boom\n    at x',
        msg: 'Unexpected error [abc]',
      }),
      expect.objectContaining({ level: 40, context: 'Shutdown', msg: 'Nur so' }),
    ]);
    expect(lines[2]).not.toHaveProperty('details');
  });

  it('should log a thrown Error with its message and stack, and redact secrets in objects', () => {
    const { lines, logger } = capture({ redact: true });
    const nest = new PinoNestLogger(logger);
    nest.error(new Error('kaputt'), 'Jobs');
    nest.log({ username: 'admin', password: 'geheim-4711' }, 'Auth');
    expect(lines[0]).toMatchObject({ level: 50, context: 'Jobs', msg: 'kaputt' });
    expect((lines[0].err as { stack: string }).stack).toContain('kaputt');
    expect(JSON.stringify(lines[1])).not.toContain('geheim-4711');
    expect(JSON.stringify(lines[1])).toContain('admin');
  });
});

describe('requestLog', () => {
  function request(url: string) {
    const response = Object.assign(new EventEmitter(), { statusCode: 200, writableFinished: true });
    const req = {
      url,
      originalUrl: url,
      method: 'GET',
      ip: '10.0.0.7',
      socket: {},
      id: 'req-0001-abcd',
    } as unknown as Request;
    return { req, response };
  }

  it('should write one line per answered request with id, status and level by status', () => {
    const { lines, logger } = capture();
    const next: NextFunction = jest.fn();
    for (const [url, status] of [
      ['/api/council', 200],
      ['/api/motions/9', 404],
      ['/api/motions', 500],
    ] as const) {
      const { req, response } = request(url);
      requestLog(logger)(req, response as unknown as Response, next);
      response.statusCode = status;
      response.emit('close');
    }
    expect(next).toHaveBeenCalledTimes(3);
    expect(
      lines.map((line) => [line.level, (line.res as { statusCode: number }).statusCode]),
    ).toEqual([
      [30, 200],
      [40, 404],
      [50, 500],
    ]);
    expect(lines[0]).toMatchObject({
      msg: 'request completed',
      requestId: 'req-0001-abcd',
      req: { id: 'req-0001-abcd', method: 'GET', url: '/api/council', remoteAddress: '10.0.0.7' },
    });
    expect(typeof lines[0].responseTime).toBe('number');
  });

  it('should log an aborted request as such, and no health check at all', () => {
    const { lines, logger } = capture();
    const aborted = request('/api/council');
    aborted.response.writableFinished = false;
    requestLog(logger)(aborted.req, aborted.response as unknown as Response, jest.fn());
    aborted.response.emit('close');
    const health = request('/api/health');
    requestLog(logger)(health.req, health.response as unknown as Response, jest.fn());
    health.response.emit('close');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, msg: 'request aborted' });
  });
});
