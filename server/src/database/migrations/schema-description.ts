import type { QueryRunner } from 'typeorm';

/** Table name → the sorted facts of its structure; equal descriptions mean equal schemas. */
export type SchemaDescription = Map<string, string[]>;

/** Tables TypeORM keeps for itself, which no migration creates. */
const BOOKKEEPING = ['migrations', 'typeorm_metadata'];

type Row = Record<string, unknown>;

/** Catalog values are strings, numbers or null; null reads as empty. */
const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

async function describeSqlite(queryRunner: QueryRunner): Promise<SchemaDescription> {
  const tables = (await queryRunner.query(
    `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
  )) as Array<{ name: string; sql: string }>;
  const description: SchemaDescription = new Map();
  for (const { name, sql } of tables.filter((table) => !BOOKKEEPING.includes(table.name))) {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const facts: string[] = [];
    // Columns as a set: a table that synchronize rebuilt over several releases may order them differently.
    for (const c of (await queryRunner.query(`PRAGMA table_info(${quoted})`)) as Row[]) {
      facts.push(
        `column ${text(c.name)} ${text(c.type)} notnull=${text(c.notnull)} default=${text(c.dflt_value)} pk=${text(c.pk)}`,
      );
    }
    for (const index of (await queryRunner.query(`PRAGMA index_list(${quoted})`)) as Row[]) {
      const indexName = text(index.name);
      const columns = ((await queryRunner.query(`PRAGMA index_info("${indexName}")`)) as Row[])
        .map((column) => text(column.name))
        .join(',');
      // Names of UNIQUE/PRIMARY KEY auto-indexes follow the constraint order, so only explicit ones count.
      const label = text(index.origin) === 'c' ? indexName : `(${text(index.origin)})`;
      facts.push(
        `index ${label} unique=${text(index.unique)} partial=${text(index.partial)} on ${columns}`,
      );
    }
    for (const fk of (await queryRunner.query(`PRAGMA foreign_key_list(${quoted})`)) as Row[]) {
      facts.push(
        `foreign key ${text(fk.from)} → ${text(fk.table)}.${text(fk.to)} update=${text(fk.on_update)} delete=${text(fk.on_delete)}`,
      );
    }
    // Constraint names and CHECKs live only in the table's SQL; TypeORM compares the names.
    for (const match of sql.matchAll(/CONSTRAINT "([^"]+)"|CHECK\s*\((?:[^()]|\([^()]*\))*\)/g)) {
      facts.push(match[1] ? `constraint ${match[1]}` : match[0].replace(/\s+/g, ' '));
    }
    description.set(name, facts.sort());
  }
  return description;
}

async function describePostgres(queryRunner: QueryRunner): Promise<SchemaDescription> {
  const [{ schema }] = (await queryRunner.query(`SELECT current_schema() AS schema`)) as Array<{
    schema: string;
  }>;
  // Defaults and definitions name the schema only sometimes (sequences); drop it so two schemas compare.
  const local = (value: unknown) =>
    text(value).split(`${schema}.`).join('').split(`"${schema}".`).join('');
  const description: SchemaDescription = new Map();
  const add = (table: unknown, fact: string) => {
    const name = text(table);
    if (BOOKKEEPING.includes(name)) return;
    description.set(name, [...(description.get(name) ?? []), fact]);
  };
  for (const c of (await queryRunner.query(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
            character_maximum_length, numeric_precision, numeric_scale, datetime_precision
       FROM information_schema.columns WHERE table_schema = $1`,
    [schema],
  )) as Row[]) {
    add(
      c.table_name,
      `column ${text(c.column_name)} ${text(c.data_type)} ${text(c.udt_name)}(${text(c.character_maximum_length)},${text(c.numeric_precision)},${text(c.numeric_scale)},${text(c.datetime_precision)}) nullable=${text(c.is_nullable)} default=${local(c.column_default)}`,
    );
  }
  for (const k of (await queryRunner.query(
    `SELECT cl.relname AS table_name, co.conname, pg_get_constraintdef(co.oid) AS definition
       FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid
       JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE n.nspname = $1`,
    [schema],
  )) as Row[]) {
    add(k.table_name, `constraint ${text(k.conname)} ${local(k.definition)}`);
  }
  for (const i of (await queryRunner.query(
    `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = $1`,
    [schema],
  )) as Row[]) {
    add(i.tablename, `index ${text(i.indexname)} ${local(i.indexdef)}`);
  }
  for (const e of (await queryRunner.query(
    `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
       JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 GROUP BY t.typname`,
    [schema],
  )) as Row[]) {
    add('(enum types)', `enum ${text(e.typname)} ${text(e.labels)}`);
  }
  for (const facts of description.values()) facts.sort();
  return description;
}

/** The structure of every table in the database (SQLite) or the current schema (PostgreSQL). */
export function describeSchema(queryRunner: QueryRunner): Promise<SchemaDescription> {
  return queryRunner.connection.options.type === 'postgres'
    ? describePostgres(queryRunner)
    : describeSqlite(queryRunner);
}

/** Human-readable differences between what was expected and what the database has. */
export function schemaDifferences(
  expected: SchemaDescription,
  actual: SchemaDescription,
): string[] {
  const differences: string[] = [];
  for (const table of new Set([...expected.keys(), ...actual.keys()])) {
    const want = expected.get(table);
    const have = actual.get(table);
    if (!have) differences.push(`Tabelle ${table} fehlt`);
    else if (!want) differences.push(`Tabelle ${table} ist unbekannt`);
    else {
      for (const fact of want.filter((f) => !have.includes(f)))
        differences.push(`${table}: fehlt ${fact}`);
      for (const fact of have.filter((f) => !want.includes(f)))
        differences.push(`${table}: unerwartet ${fact}`);
    }
  }
  return differences;
}
