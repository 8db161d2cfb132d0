import { toolConnection } from './postgres-tools';

describe('toolConnection', () => {
  it('should take the password out of the URL so it never appears on a command line', () => {
    expect(
      toolConnection('postgres://council:g%40heim%21@db.local:5432/rat?sslmode=require'),
    ).toEqual({
      dbname: 'postgres://council@db.local:5432/rat?sslmode=require',
      password: 'g@heim!',
    });
  });

  it('should leave a URL without password as it is', () => {
    expect(toolConnection('postgres://postgres@127.0.0.1:5432/postgres')).toEqual({
      dbname: 'postgres://postgres@127.0.0.1:5432/postgres',
      password: null,
    });
  });
});
