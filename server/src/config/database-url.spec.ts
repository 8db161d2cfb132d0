import { parseDatabaseUrl } from './database-url';

describe('parseDatabaseUrl', () => {
  const cwd = '/srv/app';

  it('should default to ./data/council.sqlite when DATABASE_URL is unset or blank', () => {
    const expected = { type: 'sqlite', database: '/srv/app/data/council.sqlite', inMemory: false };
    expect(parseDatabaseUrl(undefined, cwd)).toEqual(expected);
    expect(parseDatabaseUrl('  ', cwd)).toEqual(expected);
  });

  it('should use an in-memory database for sqlite::memory:', () => {
    expect(parseDatabaseUrl('sqlite::memory:', cwd)).toEqual({
      type: 'sqlite',
      database: ':memory:',
      inMemory: true,
    });
  });

  it('should resolve relative and keep absolute SQLite paths', () => {
    expect(parseDatabaseUrl('sqlite:db/x.sqlite', cwd)).toMatchObject({
      database: '/srv/app/db/x.sqlite',
    });
    expect(parseDatabaseUrl('sqlite:/var/lib/council.sqlite', cwd)).toMatchObject({
      database: '/var/lib/council.sqlite',
    });
  });

  it('should pass postgres URLs through', () => {
    const url = 'postgres://user:pw@db:5432/council';
    expect(parseDatabaseUrl(url, cwd)).toEqual({ type: 'postgres', url });
    expect(parseDatabaseUrl('postgresql://db/council', cwd)).toMatchObject({ type: 'postgres' });
  });

  it('should return a message for unsupported or empty URLs', () => {
    expect(parseDatabaseUrl('mysql://db/x', cwd)).toMatch(/not supported/);
    expect(parseDatabaseUrl('sqlite:', cwd)).toMatch(/names no SQLite file/);
  });
});
