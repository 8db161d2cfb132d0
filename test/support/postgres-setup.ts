import { setupPostgresRun } from './postgres-run';

export default setupPostgresRun;
