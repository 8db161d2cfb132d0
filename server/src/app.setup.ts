import { BadRequestException, INestApplication, Logger, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Logger as PinoLogger } from 'pino';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { requestActors } from './audit/request-actor';
import { apiHeaders } from './common/api-headers';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { requestLog } from './common/logging';
import { applyHttpTimeouts } from './common/http-timeouts';
import { jsonBodyParser } from './common/json-body';
import { requestIds } from './common/request-id';
import { ParseIdPipe } from './common/parse-id.pipe';
import { germanValidationMessages } from './common/validation-messages';
import { ConfigService } from './config/config.service';
import { ShutdownCoordinator } from './lifecycle/shutdown-coordinator';
import { LiveIoAdapter } from './realtime/live-io.adapter';

const API_PREFIX = 'api';
const IMMUTABLE = 'public, max-age=31536000, immutable';

function isBackendPath(path: string): boolean {
  return /^\/(api|socket\.io)(\/|$)/.test(path);
}

/** Serves the built client with an SPA fallback: non-API GETs that match no file get index.html. */
function serveClient(app: NestExpressApplication, clientDist: string, logger: Logger): void {
  const index = join(clientDist, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`No built client at ${clientDist}: serving the API only`);
    return;
  }
  app.use(
    express.static(clientDist, {
      index: false,
      fallthrough: true,
      // Vite puts a content hash in every name under assets/: such a file never changes.
      setHeaders: (response, path) =>
        response.setHeader(
          'Cache-Control',
          path.startsWith(join(clientDist, 'assets')) ? IMMUTABLE : 'no-cache',
        ),
    }),
  );
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isBackendPath(request.path)) {
      return next();
    }
    response.setHeader('Cache-Control', 'no-cache');
    // The path is configuration, not request input: a dot folder on the way (a checkout under
    // ~/.local, say) must not turn every page into a 404 that the error filter reports as a 500.
    response.sendFile(index, { dotfiles: 'allow' });
  });
}

export type AppOptions = {
  /** Where a line per request goes (main.ts); the in-process e2e apps log none. */
  requestLogger?: PinoLogger;
};

/** The one pipeline main.ts and every e2e test use. */
export function configureApp(app: INestApplication, options: AppOptions = {}): INestApplication {
  const expressApp = app as NestExpressApplication;
  const config = app.get(ConfigService);
  const logger = new Logger('App');

  expressApp.disable('x-powered-by');
  // API answers are no-store, so an ETag (a hash of every body) would never be asked for; the
  // built client's files keep theirs (express.static sets its own).
  expressApp.set('etag', false);
  // request.ip (login throttling) then names the client behind that many reverse proxies.
  if (config.security.http.trustProxyHops > 0) {
    expressApp.set('trust proxy', config.security.http.trustProxyHops);
  }
  // An id before anything else, so every log line and error answer of the request carries it.
  app.use(requestIds(config.security.http.trustProxyHops > 0));
  if (options.requestLogger) app.use(requestLog(options.requestLogger));
  // Early, so every request counts until its answer is out (graceful shutdown waits for them).
  const shutdown = app.get(ShutdownCoordinator);
  app.use(shutdown.track);
  shutdown.watch(expressApp.getHttpServer());
  // Helmet's set for the documents and files of the client; API answers get apiHeaders below.
  const documentHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) =>
    isBackendPath(request.path) ? next() : documentHeaders(request, response, next),
  );
  // gzip for API answers and the built client (a 400 KB bundle goes out as about 120 KB).
  app.use(compression());
  app.use(`/${API_PREFIX}`, apiHeaders);
  // Registered before Nest's own parsers, so hostile bodies are refused before guards and pipes.
  const { http, socket } = config.security;
  app.use(
    `/${API_PREFIX}`,
    jsonBodyParser({ maxBytes: http.jsonBodyMaxBytes, maxDepth: http.jsonMaxDepth }),
  );
  // After the body is read: the flow from here to the handler carries the request's actor.
  app.use(`/${API_PREFIX}`, requestActors);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(
    new ParseIdPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new BadRequestException(germanValidationMessages(errors)),
    }),
  );
  app.useWebSocketAdapter(new LiveIoAdapter(app, socket));
  applyHttpTimeouts(expressApp.getHttpServer(), http);
  app.useGlobalFilters(new AllExceptionsFilter());
  serveClient(expressApp, config.clientDist, logger);
  // No enableShutdownHooks: main.ts installs a graceful shutdown (lifecycle/graceful-shutdown.ts).
  return app;
}
