import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { describeSchema, schemaDifferences, type SchemaDescription } from './schema-description';

/** A database from before migrations whose schema is not the release's: retrying cannot help. */
export class ForeignSchemaError extends Error {}

/** The schema `initial` creates, built in a scratch database (SQLite) or schema (PostgreSQL). */
async function initialSchema(
  queryRunner: QueryRunner,
  initial: MigrationInterface,
): Promise<SchemaDescription> {
  if (queryRunner.connection.options.type !== 'postgres') {
    const scratch = await new DataSource({ type: 'sqlite', database: ':memory:' }).initialize();
    const runner = scratch.createQueryRunner();
    try {
      await initial.up(runner);
      return await describeSchema(runner);
    } finally {
      await runner.release();
      await scratch.destroy();
    }
  }
  // SET LOCAL ends with the transaction, so the pooled connection keeps its search_path.
  if (!queryRunner.isTransactionActive)
    throw new Error('Baseline-Prüfung braucht eine Transaktion');
  const scratch = `migration_baseline_${Date.now()}`;
  const [{ search_path: searchPath }] = (await queryRunner.query('SHOW search_path')) as Array<{
    search_path: string;
  }>;
  await queryRunner.query(`CREATE SCHEMA "${scratch}"`);
  try {
    await queryRunner.query(`SET LOCAL search_path TO "${scratch}"`);
    await initial.up(queryRunner);
    return await describeSchema(queryRunner);
  } finally {
    await queryRunner.query(`SELECT set_config('search_path', $1, true)`, [searchPath]);
    await queryRunner.query(`DROP SCHEMA "${scratch}" CASCADE`);
  }
}

/**
 * Releases before migrations built the schema with `synchronize`: their databases have the tables
 * of the initial migration but no record of it. The initial migration calls this first: on an empty
 * database it returns false (create the tables); on such a release database it checks the tables
 * are exactly what the initial migration would create and returns true (nothing to create, the
 * migration counts as applied and later ones run); on anything else it refuses to start.
 */
export async function adoptExistingSchema(
  queryRunner: QueryRunner,
  initial: MigrationInterface,
): Promise<boolean> {
  const existing = await describeSchema(queryRunner);
  if (existing.size === 0) return false;
  const differences = schemaDifferences(await initialSchema(queryRunner, initial), existing);
  if (differences.length === 0) return true;
  const shown = differences.slice(0, 12).join('; ');
  const more = differences.length > 12 ? ` und ${differences.length - 12} weitere` : '';
  throw new ForeignSchemaError(
    `Die Datenbank hat Tabellen, aber keine Migrationen, und ihr Schema ist nicht das der ` +
      `Version vor den Migrationen (${shown}${more}). Ihre Daten wurden nicht verändert; bitte die ` +
      `Datenbank prüfen oder aus einer Sicherung der letzten Version wiederherstellen.`,
  );
}
