import 'reflect-metadata';
import type { FileImportKind, FileImportResult } from '@mehrheitsplaner/shared';
import { NestFactory } from '@nestjs/core';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppModule } from '../app.module';
import { FileImportService } from '../imports/file-import.service';

const USAGE =
  'Aufruf: npm run import:file -- <Datei.csv|Datei.xlsx> --kind members|results [--apply]';

export type FileCliArgs =
  { file: string; kind: FileImportKind; apply: boolean } | { error: string };

export function parseFileArgs(argv: string[]): FileCliArgs {
  const apply = argv.includes('--apply');
  const at = argv.indexOf('--kind');
  const kind = at >= 0 ? argv[at + 1] : undefined;
  const rest = argv.filter((arg, i) => arg !== '--apply' && i !== at && i !== at + 1);
  if (kind !== 'members' && kind !== 'results') return { error: USAGE };
  if (rest.length !== 1 || rest[0].startsWith('-')) return { error: USAGE };
  return { file: rest[0], kind, apply };
}

const ACTION = { add: 'neu', update: 'geändert', end: 'beendet', unchanged: 'unverändert' };

export function formatFileResult(result: FileImportResult): string {
  const state = result.applied
    ? 'übernommen'
    : result.errors.length > 0
      ? 'nichts geschrieben (Fehler)'
      : 'Probelauf, nichts geschrieben (--apply übernimmt)';
  return [
    `${result.rows} Zeilen, ${result.changes.length} Änderungen, ${result.errors.length} Fehler: ${state}`,
    ...result.changes.map((c) => `  Zeile ${c.row} ${ACTION[c.action]}: ${c.text}`),
    ...result.errors.map((e) => `  ${e.message}`),
  ].join('\n');
}

/** The CLI acts as an admin would; the audit log names it file-import. */
const CLI_USER = { id: 0, username: 'file-import', role: 'admin' as const, groupKey: null };

async function main(): Promise<number> {
  const args = parseFileArgs(process.argv.slice(2));
  if ('error' in args) {
    process.stderr.write(`${args.error}\n`);
    return 1;
  }
  const content = await readFile(args.file);
  const app = await NestFactory.createApplicationContext(AppModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    const result = await app
      .get(FileImportService)
      .importFile({ content, name: basename(args.file) }, args.kind, !args.apply, CLI_USER);
    process.stdout.write(`${formatFileResult(result)}\n`);
    return result.errors.length > 0 ? 2 : 0;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `Import fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
