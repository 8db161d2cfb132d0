import { parseAgreement, type ParsedAgreement } from '@mehrheitsplaner/shared';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE_NAME = 'koalitionsvertrag-bochum-2025-2030.md';

/**
 * The agreement text the project carries: beside this module (src, or dist after `npm run
 * build`, which copies it), else in src when running a bare `tsc --watch` build.
 */
export const AGREEMENT_SEED_FILE =
  [
    join(__dirname, 'seed', FILE_NAME),
    join(__dirname, '..', '..', 'src', 'agreement', 'seed', FILE_NAME),
  ].find((file) => existsSync(file)) ?? join(__dirname, 'seed', FILE_NAME);

export function loadSeedAgreement(file: string = AGREEMENT_SEED_FILE): ParsedAgreement {
  return parseAgreement(readFileSync(file, 'utf8'));
}
