import { teardownPostgresRun } from './postgres-run';

export default teardownPostgresRun;
