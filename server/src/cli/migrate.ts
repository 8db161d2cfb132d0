import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';

/** Only the configuration and the database: opening it applies the pending migrations. */
@Module({ imports: [ConfigModule, DatabaseModule] })
class MigrateModule {}

/**
 * `npm run migrate`: applies the pending migrations to the database DATABASE_URL names, the same
 * way the app does at start, and exits without seeding or serving anything.
 */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(MigrateModule, {
    logger: ['log', 'warn', 'error'],
    abortOnError: false,
  });
  try {
    // Opening the database has run every pending migration or failed.
    const { migrations } = app.get(DataSource);
    new Logger('Migrate').log(
      `Schema aktuell: ${migrations.length} Migrationen, zuletzt ${migrations.at(-1)?.name ?? '–'}`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  new Logger('Migrate').error(`Migration fehlgeschlagen: ${message}`);
  process.exit(1);
});
