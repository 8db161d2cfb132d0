import { spawn } from 'node:child_process';

/**
 * PostgreSQL backups go through the client tools of the server's major version (pg_dump,
 * pg_restore, psql on PATH): the custom format they write is what every PostgreSQL operator can
 * read and restore without this app.
 */
type ToolResult = { code: number; stdout: string; stderr: string };

function runTool(command: string, args: string[]): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error) =>
      reject(new Error(`${command} nicht gefunden oder nicht startbar: ${error.message}`)),
    );
    child.once('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

async function runOrThrow(command: string, args: string[]): Promise<string> {
  const result = await runTool(command, args);
  if (result.code !== 0) {
    throw new Error(`${command} endete mit ${result.code}: ${result.stderr.trim()}`);
  }
  return result.stdout;
}

/** pg_dump runs in one snapshot transaction: consistent while the app keeps writing. */
export async function pgDump(url: string, target: string): Promise<void> {
  await runOrThrow('pg_dump', ['--format=custom', `--file=${target}`, `--dbname=${url}`]);
}

/** Why `file` is not a readable pg_dump archive, or null: pg_restore must list its contents. */
export async function pgBackupProblem(file: string): Promise<string | null> {
  const result = await runTool('pg_restore', ['--list', file]);
  if (result.code !== 0)
    return result.stderr.trim() || `pg_restore --list endete mit ${result.code}`;
  return /TABLE DATA \S+ app_user /.test(result.stdout) ? null : 'Tabelle app_user fehlt';
}

/** Replaces the schema objects of the dump in one transaction: all or nothing. */
export async function pgRestore(url: string, file: string): Promise<void> {
  await runOrThrow('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${url}`,
    file,
  ]);
}

export type DatabaseSession = { pid: number; applicationName: string };

/** Other client sessions on the database `url` names (the app, an import, a psql). */
export async function otherSessions(url: string): Promise<DatabaseSession[]> {
  const sql =
    "SELECT pid || '|' || coalesce(application_name, '') FROM pg_stat_activity " +
    "WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'";
  const out = await runOrThrow('psql', [
    '--no-psqlrc',
    '--tuples-only',
    '--no-align',
    `--dbname=${url}`,
    `--command=${sql}`,
  ]);
  return out
    .split('\n')
    .filter((line) => line.includes('|'))
    .map((line) => {
      const [pid, ...name] = line.split('|');
      return { pid: Number(pid), applicationName: name.join('|') };
    });
}
