import { resolve } from 'node:path';
import { parseDatabaseUrl, type DatabaseConfig } from './database-url';
import { parseRedisUrl } from './redis-url';
import { loadSecurityConfig, type SecurityConfig } from './security-config';

export type AppConfig = {
  port: number;
  /** Listen address: loopback unless an operator opens it (HOST=0.0.0.0 in a container). */
  host: string;
  logLevel: LogLevel;
  database: DatabaseConfig;
  /** REDIS_URL: null = one instance; else the Redis that several instances share. */
  redisUrl: string | null;
  adminUsername: string;
  /** null: generate one on first start and print it once. */
  adminPassword: string | null;
  tokenTtlHours: number;
  clientDist: string;
  loginThrottleLimit: number;
  backup: BackupConfig;
  security: SecurityConfig;
};

export type BackupConfig = {
  /** Folder of `npm run backup` and of the scheduled backups. */
  dir: string;
  /** null: no scheduled backups inside the running app. */
  intervalMinutes: number | null;
  /** How many of the newest backups to keep after each backup; null: keep all. */
  keep: number | null;
};

export type Env = Record<string, string | undefined>;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

/** HOST: an IPv4/IPv6 address or a host name, nothing that could smuggle options or spaces. */
function hostOf(env: Env, problems: string[]): string {
  const host = env.HOST?.trim() || '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]{1,253}$/.test(host)) {
    problems.push(`HOST must be an IP address or host name (got "${host}")`);
  }
  return host;
}

function logLevelOf(env: Env, problems: string[]): LogLevel {
  const level = env.LOG_LEVEL?.trim().toLowerCase() || 'info';
  if (isLogLevel(level)) return level;
  problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${level}")`);
  return 'info';
}

/**
 * server/src/config and server/dist/config sit at the same depth, so this resolves to
 * <repo>/client/dist both from the compiled server and from ts-jest source.
 */
export const DEFAULT_CLIENT_DIST = resolve(__dirname, '../../../client/dist');

export const DEFAULT_BACKUP_DIR = './backups';

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigValidationError';
  }
}

function intOf(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

/** An optional positive integer: unset or blank means "off" (null). */
function optionalIntOf(
  env: Env,
  name: string,
  min: number,
  max: number,
  problems: string[],
): number | null {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return null;
  return intOf(env, name, min, min, max, problems);
}

/** Validates the environment once; throws ConfigValidationError listing every problem. */
export function loadConfig(env: Env, cwd: string): AppConfig {
  const problems: string[] = [];
  const port = intOf(env, 'PORT', 3000, 0, 65535, problems);
  const host = hostOf(env, problems);
  const logLevel = logLevelOf(env, problems);
  const tokenTtlHours = intOf(env, 'TOKEN_TTL_HOURS', 12, 1, 24 * 365, problems);
  const loginThrottleLimit = intOf(env, 'LOGIN_THROTTLE_LIMIT', 10, 1, 100000, problems);
  const database = parseDatabaseUrl(env.DATABASE_URL, cwd);
  if (typeof database === 'string') problems.push(database);
  const redis = parseRedisUrl(env.REDIS_URL);
  if (typeof redis === 'object' && redis !== null) problems.push(redis.problem);

  const adminUsername = env.ADMIN_USERNAME?.trim() || 'admin';
  if (!/^[A-Za-z0-9._-]{3,64}$/.test(adminUsername)) {
    problems.push(`ADMIN_USERNAME must be 3-64 letters, digits, ".", "_" or "-"`);
  }
  const adminPassword = env.ADMIN_PASSWORD ? env.ADMIN_PASSWORD : null;
  if (adminPassword !== null && adminPassword.length < 8) {
    problems.push('ADMIN_PASSWORD must have at least 8 characters');
  }
  const clientDist = env.CLIENT_DIST?.trim() ? resolve(cwd, env.CLIENT_DIST) : DEFAULT_CLIENT_DIST;
  const backup: BackupConfig = {
    dir: resolve(cwd, env.BACKUP_DIR?.trim() || DEFAULT_BACKUP_DIR),
    intervalMinutes: optionalIntOf(env, 'BACKUP_INTERVAL_MINUTES', 1, 60 * 24 * 365, problems),
    keep: optionalIntOf(env, 'BACKUP_KEEP', 1, 100000, problems),
  };
  const security = loadSecurityConfig(
    (name, fallback, min, max) => intOf(env, name, fallback, min, max, problems),
    problems,
  );

  if (problems.length > 0 || typeof database === 'string')
    throw new ConfigValidationError(problems);
  return {
    port,
    host,
    logLevel,
    database,
    redisUrl: typeof redis === 'string' ? redis : null,
    adminUsername,
    adminPassword,
    tokenTtlHours,
    clientDist,
    loginThrottleLimit,
    backup,
    security,
  };
}
