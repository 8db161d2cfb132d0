import { LoggerModule, type Params } from 'nestjs-pino';
import { destination } from 'pino';
import { randomUUID } from 'node:crypto';
import type { LogLevel } from '../config/app-config';
import { ConfigService } from '../config/config.service';
import { requestIdOf } from './request-id';

/**
 * Never written to a log: credentials in headers and any password or token a log call passes
 * along. The request serializer below writes no headers at all; these paths also catch a
 * header or body that a log call hands over as an object.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'password',
  'token',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.authorization',
  '*.cookie',
];

type SerializedRequest = {
  id: unknown;
  method: string;
  url: string;
  remoteAddress?: string;
  raw: { ip?: string };
};

/** One JSON line per answered request (health checks excepted) with its id, level by status. */
export function loggingParams(level: LogLevel): Params {
  return {
    pinoHttp: [
      {
        level,
        genReqId: (request) => requestIdOf(request) ?? randomUUID(),
        customProps: (request) => ({ requestId: requestIdOf(request) }),
        customLogLevel: (_request, response, error) =>
          error || response.statusCode >= 500
            ? 'error'
            : response.statusCode >= 400
              ? 'warn'
              : 'info',
        // Load balancers ask every few seconds; their answers would bury the requests that matter.
        autoLogging: { ignore: (request) => request.url === '/api/health' },
        serializers: {
          // Express's request.ip names the client behind TRUST_PROXY proxies, the socket otherwise.
          req: (request: SerializedRequest) => ({
            id: request.id,
            method: request.method,
            url: request.url,
            remoteAddress: request.raw.ip ?? request.remoteAddress,
          }),
          res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
        },
        redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      },
      // Lines are written behind the request, not with a blocking write each (a tenth of a
      // cached read's time); pino flushes what is left when the process exits.
      destination({ sync: false }),
    ],
  };
}

/** Structured logs for the served app (main.ts); the e2e apps keep Nest's quiet default. */
export const LoggingModule = LoggerModule.forRootAsync({
  inject: [ConfigService],
  useFactory: (config: ConfigService) => loggingParams(config.logLevel),
});
