import { INestApplication, Logger, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { ConfigService } from './config/config.service';
import { ShutdownCoordinator } from './lifecycle/shutdown-coordinator';

const API_PREFIX = 'api';

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
  app.use(express.static(clientDist, { index: false, fallthrough: true }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isBackendPath(request.path)) {
      return next();
    }
    response.sendFile(index);
  });
}

/** The one pipeline main.ts and every e2e test use. */
export function configureApp(app: INestApplication): INestApplication {
  const expressApp = app as NestExpressApplication;
  const config = app.get(ConfigService);
  const logger = new Logger('App');

  expressApp.disable('x-powered-by');
  // First, so every request counts until its answer is out (graceful shutdown waits for them).
  app.use(app.get(ShutdownCoordinator).track);
  app.use(
    helmet({
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
    }),
  );
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  app.useGlobalFilters(new AllExceptionsFilter());
  serveClient(expressApp, config.clientDist, logger);
  // No enableShutdownHooks: main.ts installs a graceful shutdown (lifecycle/graceful-shutdown.ts).
  return app;
}
