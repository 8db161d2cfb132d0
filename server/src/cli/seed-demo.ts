import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { DemoSeedService } from '../demo/demo-seed.service';

/**
 * `npm run seed:demo`: loads the example motions into the database DATABASE_URL names (the same
 * configuration as the app). Only ever runs when called.
 */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule, {
    logger: ['log', 'warn', 'error'],
    abortOnError: false,
  });
  try {
    const result = await app.get(DemoSeedService).seed();
    new Logger('SeedDemo').log(`Fertig: ${result.created} neu, ${result.skipped} übersprungen`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  new Logger('SeedDemo').error(`Beispieldaten fehlgeschlagen: ${message}`);
  process.exit(1);
});
