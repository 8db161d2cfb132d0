import type { MigrationInterface } from 'typeorm';
import { Initial1796004386352 } from './1796004386352-Initial';

/** Every migration of this engine, oldest first. Written by `npm run migration:generate`. */
export const postgresMigrations: Array<new () => MigrationInterface> = [Initial1796004386352];
