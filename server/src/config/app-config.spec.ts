import { resolve } from 'node:path';
import { ConfigValidationError, DEFAULT_CLIENT_DIST, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('should apply the documented defaults when nothing is set', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({
      port: 3000,
      adminUsername: 'admin',
      adminPassword: null,
      tokenTtlHours: 12,
      loginThrottleLimit: 10,
      clientDist: DEFAULT_CLIENT_DIST,
      database: { type: 'sqlite', database: '/srv/app/data/council.sqlite' },
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
        DATABASE_URL: 'sqlite::memory:',
        ADMIN_USERNAME: 'chef',
        ADMIN_PASSWORD: 'geheim123',
        TOKEN_TTL_HOURS: '2',
        CLIENT_DIST: 'web',
        LOGIN_THROTTLE_LIMIT: '5',
      },
      '/srv/app',
    );
    expect(config).toEqual({
      port: 8080,
      database: { type: 'sqlite', database: ':memory:', inMemory: true },
      adminUsername: 'chef',
      adminPassword: 'geheim123',
      tokenTtlHours: 2,
      clientDist: '/srv/app/web',
      loginThrottleLimit: 5,
    });
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

  it('should reject a short admin password', () => {
    expect(() => loadConfig({ ADMIN_PASSWORD: 'kurz' }, '/')).toThrow(/ADMIN_PASSWORD/);
  });
});
