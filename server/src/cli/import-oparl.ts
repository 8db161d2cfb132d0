import 'reflect-metadata';
import type { OparlImportResult } from '@mehrheitsplaner/shared';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { OparlImportService } from '../oparl/oparl-import.service';

const USAGE = 'Aufruf: npm run import:oparl -- <OParl-System- oder Body-URL> [--full]';

export type CliArgs = { url: string; full: boolean } | { error: string };

export function parseArgs(argv: string[]): CliArgs {
  const full = argv.includes('--full');
  const rest = argv.filter((arg) => arg !== '--full');
  if (rest.length !== 1 || rest[0].startsWith('-')) return { error: USAGE };
  if (!/^https?:\/\//i.test(rest[0])) return { error: `Keine http(s)-URL: ${rest[0]}\n${USAGE}` };
  return { url: rest[0], full };
}

const REPORT_LABEL = { guessed: 'erraten', missing: 'fehlt', ended: 'beendet' } as const;

export function formatResult(result: OparlImportResult): string {
  const line = (label: string, counts: Record<string, number>) =>
    `${label}: ${Object.entries(counts)
      .map(([key, n]) => `${key} ${n}`)
      .join(', ')}`;
  return [
    `System: ${result.system}${result.modifiedSince ? ` (geändert seit ${result.modifiedSince})` : ''}`,
    line('neu', result.created),
    line('geändert', result.updated),
    line('gelöscht', result.deleted),
    `ignoriert: ${result.ignored}`,
    `übersprungen: ${result.skipped.length}`,
    ...result.skipped.map((s) => `  - ${s.type} ${s.id}: ${s.reason}`),
    ...(['guessed', 'missing', 'ended'] as const).flatMap((list) => [
      `${REPORT_LABEL[list]}: ${result[list].length}`,
      ...result[list].map((e) => `  - ${e.type} ${e.id}: ${e.note}`),
    ]),
  ].join('\n');
}

const out = (text: string) => process.stdout.write(`${text}\n`);

/** `npm run import:oparl -- <url>`: imports into the database DATABASE_URL names. */
async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) {
    process.stderr.write(`${args.error}\n`);
    return 1;
  }
  const app = await NestFactory.createApplicationContext(AppModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    let lastPhase = '';
    const result = await app.get(OparlImportService).import(args.url, {
      full: args.full,
      onProgress: (phase, processed) => {
        if (phase !== lastPhase) out(`… ${phase}`);
        else if (processed % 100 === 0) out(`… ${phase}: ${processed}`);
        lastPhase = phase;
      },
    });
    out(formatResult(result));
    return 0;
  } catch (error) {
    process.stderr.write(
      `Import fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
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
