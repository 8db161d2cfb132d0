import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { pino } from 'pino';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { LoggingModule } from './common/logging.module';
import { ConfigService } from './config/config.service';
import { installGracefulShutdown } from './lifecycle/graceful-shutdown';

/** The served app: AppModule plus JSON logs (LOG_LEVEL), which the in-process e2e apps leave out. */
@Module({ imports: [AppModule, LoggingModule] })
class MainModule {}

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(MainModule, { abortOnError: false, bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  configureApp(app);
  const { port, host } = app.get(ConfigService);
  await app.listen(port, host);
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
