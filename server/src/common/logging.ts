import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { performance } from 'node:perf_hooks';
import { destination, pino, type Level, type Logger } from 'pino';
import type { LogLevel } from '../config/app-config';
import { clientAddressOf } from './client-address';
import { requestIdOf } from './request-id';

/**
 * Never written to a log: any password, token, cookie or authorization a log call passes along
 * in an object. Request lines carry no headers at all.
 */
export const REDACTED_PATHS = [
  'password',
  'token',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.authorization',
  '*.cookie',
];

export type AppLoggers = {
  /** Nest's and the app's own messages, redacted. */
  app: Logger;
  /** One line per request, built from fields known to hold no secret (so not redacted). */
  requests: Logger;
};

/**
 * The served app's JSON logs on standard output. Lines are written behind the request, not with a
 * blocking write each (that cost a tenth of a cached read's time); pino flushes what is left when
 * the process exits.
 */
export function createLoggers(level: LogLevel): AppLoggers {
  const stdout = destination({ sync: false });
  return {
    app: pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, stdout),
    requests: pino({ level }, stdout),
  };
}

/**
 * Nest's log calls as pino lines. Nest passes the logger's context last and, for errors, a
 * stack before it; a thrown Error as the message is logged with its stack.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: Level, message: unknown, rest: unknown[]): void {
    if (!this.logger.isLevelEnabled(level)) return;
    // Nest's error() passes `undefined` for a missing stack.
    const params = rest.filter((param) => param !== undefined);
    const context = typeof params.at(-1) === 'string' ? params.pop() : undefined;
    const fields: Record<string, unknown> = { context };
    if (level === 'error' && typeof params[0] === 'string') fields.stack = params.shift();
    if (params.length > 0) fields.details = params;
    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'string') {
      this.logger[level](fields, message);
    } else if (typeof message === 'object' && message !== null) {
      // Its fields at the top, where the redaction paths find them.
      this.logger[level]({ ...message, ...fields });
    } else {
      this.logger[level](fields, String(message));
    }
  }
}

function levelOf(statusCode: number): Level {
  return statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : 'info';
}

/**
 * One JSON line per request with its id, status and time, level by status (health checks
 * excepted: load balancers ask every few seconds, and their lines would bury the requests that
 * matter). A request the client gave up on before its answer is out is logged as aborted.
 */
export function requestLog(logger: Logger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.url === '/api/health') return next();
    const started = performance.now();
    // Read now, while the socket still has it.
    const remoteAddress = clientAddressOf(request);
    response.once('close', () => {
      const finished = response.writableFinished;
      const level = finished ? levelOf(response.statusCode) : 'warn';
      if (!logger.isLevelEnabled(level)) return;
      const id = requestIdOf(request);
      logger[level](
        {
          requestId: id,
          req: { id, method: request.method, url: request.originalUrl, remoteAddress },
          res: { statusCode: response.statusCode },
          responseTime: Math.round(performance.now() - started),
        },
        finished ? 'request completed' : 'request aborted',
      );
    });
    next();
  };
}
