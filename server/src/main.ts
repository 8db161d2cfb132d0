import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { pino } from 'pino';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { createLoggers, PinoNestLogger } from './common/logging';
import { ConfigService } from './config/config.service';
import { installGracefulShutdown } from './lifecycle/graceful-shutdown';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule, { abortOnError: false, bufferLogs: true });
  const config = app.get(ConfigService);
  // JSON logs at LOG_LEVEL for the served app; the in-process e2e apps keep Nest's quiet default.
  const loggers = createLoggers(config.logLevel);
  app.useLogger(new PinoNestLogger(loggers.app));
  configureApp(app, { requestLogger: loggers.requests });
  await app.listen(config.port, config.host);
  installGracefulShutdown(app);
  new Logger('Bootstrap').log(`Mehrheitsplaner läuft auf ${await app.getUrl()}`);
}

bootstrap().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // Written directly: a start that fails before the app's logger exists (an invalid
  // configuration, say) would otherwise leave its reason in Nest's log buffer.
  pino().fatal({ context: 'Bootstrap' }, `Start fehlgeschlagen: ${message}`);
  process.exit(1);
});
