import { spawn } from 'node:child_process';

/**
 * PostgreSQL backups go through the client tools of the server's major version (pg_dump,
 * pg_restore, psql on PATH): the custom format they write is what every PostgreSQL operator can
 * read and restore without this app.
 */
type ToolResult = { code: number; stdout: string; stderr: string };

export type ToolConnection = { dbname: string; password: string | null };

/**
 * The URL without its password, and the password apart: on the command line it would be
 * visible to every local user in the process list, so it goes to the tool as PGPASSWORD.
 */
export function toolConnection(url: string): ToolConnection {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : null;
  parsed.password = '';
  return { dbname: parsed.toString(), password };
}

function runTool(command: string, args: string[], password: string | null = null) {
  // The tools inherit the environment as any child would; only PGPASSWORD is added.
  const env = password === null ? undefined : { ...process.env, PGPASSWORD: password };
  return new Promise<ToolResult>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
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

async function runOrThrow(
  command: string,
  args: string[],
  password: string | null = null,
): Promise<string> {
  const result = await runTool(command, args, password);
  if (result.code !== 0) {
    throw new Error(`${command} endete mit ${result.code}: ${result.stderr.trim()}`);
  }
  return result.stdout;
}

/** pg_dump runs in one snapshot transaction: consistent while the app keeps writing. */
export async function pgDump(url: string, target: string): Promise<void> {
  const { dbname, password } = toolConnection(url);
  await runOrThrow(
    'pg_dump',
    ['--format=custom', `--file=${target}`, `--dbname=${dbname}`],
    password,
  );
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
  const { dbname, password } = toolConnection(url);
  await runOrThrow(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${dbname}`,
      file,
    ],
    password,
  );
}

export type DatabaseSession = { pid: number; applicationName: string };

/** Other client sessions on the database `url` names (the app, an import, a psql). */
export async function otherSessions(url: string): Promise<DatabaseSession[]> {
  const sql =
    "SELECT pid || '|' || coalesce(application_name, '') FROM pg_stat_activity " +
    "WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'";
  const { dbname, password } = toolConnection(url);
  const out = await runOrThrow(
    'psql',
    ['--no-psqlrc', '--tuples-only', '--no-align', `--dbname=${dbname}`, `--command=${sql}`],
    password,
  );
  return out
    .split('\n')
    .filter((line) => line.includes('|'))
    .map((line) => {
      const [pid, ...name] = line.split('|');
      return { pid: Number(pid), applicationName: name.join('|') };
    });
}
