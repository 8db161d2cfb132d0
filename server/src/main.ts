import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { ConfigService } from './config/config.service';
import { installGracefulShutdown } from './lifecycle/graceful-shutdown';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule, { abortOnError: false });
  configureApp(app);
  const { port } = app.get(ConfigService);
  await app.listen(port);
  installGracefulShutdown(app);
  new Logger('Bootstrap').log(`Mehrheitsplaner läuft auf ${await app.getUrl()}`);
}

bootstrap().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  new Logger('Bootstrap').error(`Start fehlgeschlagen: ${message}`);
  process.exit(1);
});
