import type { MigrationInterface } from 'typeorm';
import { Initial1796004386352 } from './1796004386352-Initial';
import { WhipNotesPerGroup1796004847192 } from './1796004847192-WhipNotesPerGroup';
import { AuditLogAndVoidedVotes1796006649554 } from './1796006649554-AuditLogAndVoidedVotes';
import { AccountActive1796014069968 } from './1796014069968-AccountActive';
import { Bodies1796016702009 } from './1796016702009-Bodies';
import { Consultations1796016863657 } from './1796016863657-Consultations';
import { ResultOnlyVotes1796023384032 } from './1796023384032-ResultOnlyVotes';
import { BodyRules1796023592538 } from './1796023592538-BodyRules';

/** Every migration of this engine, oldest first. Written by `npm run migration:generate`. */
export const sqliteMigrations: Array<new () => MigrationInterface> = [
  Initial1796004386352,
  WhipNotesPerGroup1796004847192,
  AuditLogAndVoidedVotes1796006649554,
  AccountActive1796014069968,
  Bodies1796016702009,
  Consultations1796016863657,
  ResultOnlyVotes1796023384032,
  BodyRules1796023592538,
];
