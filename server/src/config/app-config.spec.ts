import { resolve } from 'node:path';
import { ConfigValidationError, DEFAULT_CLIENT_DIST, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('should apply the documented defaults when nothing is set', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      logLevel: 'info',
      adminUsername: 'admin',
      adminPassword: null,
      tokenTtlHours: 12,
      loginThrottleLimit: 10,
      clientDist: DEFAULT_CLIENT_DIST,
      database: { type: 'sqlite', database: '/srv/app/data/council.sqlite' },
      backup: { dir: '/srv/app/backups', intervalMinutes: null, keep: null },
    });
  });

  it('should point the default client folder at <repo>/client/dist', () => {
    expect(DEFAULT_CLIENT_DIST).toBe(resolve(__dirname, '../../../client/dist'));
    expect(DEFAULT_CLIENT_DIST.endsWith('/client/dist')).toBe(true);
  });

  it('should read every variable when it is valid', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        LOG_LEVEL: 'warn',
        DATABASE_URL: 'sqlite::memory:',
        REDIS_URL: 'redis://cache:6379/0',
        ADMIN_USERNAME: 'chef',
        ADMIN_PASSWORD: 'geheim123',
        TOKEN_TTL_HOURS: '2',
        CLIENT_DIST: 'web',
        LOGIN_THROTTLE_LIMIT: '5',
        BACKUP_DIR: '/var/backups/council',
        BACKUP_INTERVAL_MINUTES: '60',
        BACKUP_KEEP: '24',
      },
      '/srv/app',
    );
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      logLevel: 'warn',
      database: { type: 'sqlite', database: ':memory:', inMemory: true },
      redisUrl: 'redis://cache:6379/0',
      adminUsername: 'chef',
      adminPassword: 'geheim123',
      tokenTtlHours: 2,
      clientDist: '/srv/app/web',
      loginThrottleLimit: 5,
      backup: { dir: '/var/backups/council', intervalMinutes: 60, keep: 24 },
      security: expect.any(Object) as unknown,
    });
  });

  it('should default the security limits and read each one when set', () => {
    expect(loadConfig({}, '/').security).toEqual({
      http: {
        headersTimeoutMs: 10_000,
        requestTimeoutMs: 30_000,
        keepAliveTimeoutMs: 5_000,
        idleSocketTimeoutMs: 60_000,
        jsonBodyMaxBytes: 102_400,
        jsonMaxDepth: 32,
        trustProxyHops: 0,
      },
      socket: {
        maxBufferBytes: 65_536,
        maxConnectionsPerAddress: 50,
        maxJsonDepth: 32,
        trustProxyHops: 0,
      },
      login: { accountFailureLimit: 5, lockBaseSeconds: 30, lockMaxSeconds: 900 },
      session: { maxHours: 168 },
    });
    const set = loadConfig(
      { SOCKET_MAX_CONNECTIONS_PER_ADDRESS: '3', SESSION_MAX_HOURS: '24', JSON_MAX_DEPTH: '8' },
      '/',
    ).security;
    expect(set.socket.maxConnectionsPerAddress).toBe(3);
    expect(set.session.maxHours).toBe(24);
    expect(set.http.jsonMaxDepth).toBe(8);
  });

  it('should reject a headers timeout longer than the request timeout', () => {
    expect(() =>
      loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_REQUEST_TIMEOUT_MS: '1000' }, '/'),
    ).toThrow(/HTTP_HEADERS_TIMEOUT_MS/);
  });

  it('should list every invalid value in one error when several are wrong', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', TOKEN_TTL_HOURS: '0', DATABASE_URL: 'mysql://x' }, '/');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    const { problems, message } = error as ConfigValidationError;
    expect(problems).toHaveLength(3);
    expect(message).toContain('PORT must be an integer');
    expect(message).toContain('TOKEN_TTL_HOURS');
    expect(message).toContain('DATABASE_URL');
  });

  it('should reject a backup interval or retention that is not a positive integer', () => {
    expect(() => loadConfig({ BACKUP_INTERVAL_MINUTES: '0' }, '/')).toThrow(
      /BACKUP_INTERVAL_MINUTES/,
    );
    expect(() => loadConfig({ BACKUP_KEEP: '-1' }, '/')).toThrow(/BACKUP_KEEP/);
    expect(() => loadConfig({ BACKUP_KEEP: 'alle' }, '/')).toThrow(/BACKUP_KEEP/);
  });

  it('should refuse a listen address or log level it cannot use', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0 --inspect' }, '/')).toThrow(/HOST/);
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' }, '/')).toThrow(/LOG_LEVEL/);
    expect(loadConfig({ HOST: '::', LOG_LEVEL: 'DEBUG' }, '/')).toMatchObject({
      host: '::',
      logLevel: 'debug',
    });
  });

  it('should read TRUST_PROXY, and TRUST_PROXY_HOPS (its earlier name) when it is unset', () => {
    const hops = (env: Record<string, string>) => loadConfig(env, '/').security.http.trustProxyHops;
    expect(hops({ TRUST_PROXY: '2' })).toBe(2);
    expect(hops({ TRUST_PROXY_HOPS: '1' })).toBe(1);
    expect(hops({ TRUST_PROXY: '0', TRUST_PROXY_HOPS: '3' })).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY: 'true' }, '/')).toThrow(/TRUST_PROXY/);
  });

  it('should run as one instance without REDIS_URL and refuse one that names no Redis', () => {
    expect(loadConfig({}, '/').redisUrl).toBeNull();
    expect(loadConfig({ REDIS_URL: ' ' }, '/').redisUrl).toBeNull();
    expect(loadConfig({ REDIS_URL: 'rediss://:pw@cache:6380' }, '/').redisUrl).toBe(
      'rediss://:pw@cache:6380',
    );
    expect(() => loadConfig({ REDIS_URL: 'http://cache:6379' }, '/')).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ REDIS_URL: 'cache:6379' }, '/')).toThrow(/REDIS_URL/);
  });

  it('should reject a short admin password', () => {
    expect(() => loadConfig({ ADMIN_PASSWORD: 'kurz' }, '/')).toThrow(/ADMIN_PASSWORD/);
  });
});
