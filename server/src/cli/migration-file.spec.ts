import { runInNewContext } from 'node:vm';
import { transpileModule, ModuleKind } from 'typescript';
import type { QueryRunner } from 'typeorm';
import { Query } from 'typeorm/driver/Query';
import { migrationSource } from './migration-file';

type Migration = {
  name: string;
  up: (runner: QueryRunner) => Promise<void>;
  down: (runner: QueryRunner) => Promise<void>;
};

/** Compiles a generated migration and returns an instance of its class. */
function load(source: string, className: string): Migration {
  const { outputText } = transpileModule(source, {
    compilerOptions: { module: ModuleKind.CommonJS },
  });
  const exports: Record<string, new () => Migration> = {};
  runInNewContext(outputText, { exports });
  return new exports[className]();
}

/** A query runner that records what the migration sends. */
function recorder(): { runner: QueryRunner; sent: Array<[string, unknown[] | undefined]> } {
  const sent: Array<[string, unknown[] | undefined]> = [];
  const runner = {
    query: (sql: string, parameters?: unknown[]) => {
      sent.push([sql, parameters]);
      return Promise.resolve();
    },
  } as unknown as QueryRunner;
  return { runner, sent };
}

describe('migrationSource', () => {
  const up = [
    new Query('CREATE TABLE "note" ("text" text NOT NULL DEFAULT (\'`${x}` \\ done\'))'),
    new Query('INSERT INTO "typeorm_metadata" VALUES ($1, $2)', ['VIEW', 'v']),
  ];
  const down = [new Query('DROP TABLE "note"'), new Query('DELETE FROM "typeorm_metadata"')];

  it('should write a class whose up replays the queries verbatim, backticks, ${ and backslashes included', async () => {
    const migration = load(
      migrationSource('AddNote', 1796000000000, up, down),
      'AddNote1796000000000',
    );
    const { runner, sent } = recorder();
    await migration.up(runner);
    expect(migration.name).toBe('AddNote1796000000000');
    expect(sent).toEqual([
      [up[0].query, undefined],
      [up[1].query, ['VIEW', 'v']],
    ]);
  });

  it('should write a down that undoes in reverse order', async () => {
    const migration = load(
      migrationSource('AddNote', 1796000000000, up, down),
      'AddNote1796000000000',
    );
    const { runner, sent } = recorder();
    await migration.down(runner);
    expect(sent.map(([sql]) => sql)).toEqual([down[1].query, down[0].query]);
  });
});
