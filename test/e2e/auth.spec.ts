import type { LoginResponse, UserView } from '@mehrheitsplaner/shared';
import { Controller, Get } from '@nestjs/common';
import { ADMIN, bearer, startTestApp, type TestApp } from './support/test-app';

/** A route missing from the shared access table: the global guard must refuse it. */
@Controller('test-naked')
class NakedController {
  @Get()
  naked(): string {
    return 'leaked';
  }
}

describe('accounts and access', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ controllers: [NakedController] });
  });
  afterAll(() => t.close());

  it('should log in the bootstrap admin and return token, user and expiry', async () => {
    const before = Date.now();
    const response = await t.http().post('/api/auth/login').send(ADMIN).expect(200);
    const body = response.body as LoginResponse;
    expect(body.user).toEqual({
      username: 'admin',
      role: 'admin',
      groupKey: null,
    });
    expect(body.token.length).toBeGreaterThanOrEqual(32);
    const ttl = new Date(body.expiresAt).getTime() - before;
    expect(ttl).toBeGreaterThan(11.9 * 3600_000);
    expect(ttl).toBeLessThanOrEqual(12 * 3600_000 + 5000);
  });

  it('should restore the session with GET /api/auth/me', async () => {
    const response = await t
      .http()
      .get('/api/auth/me')
      .set(...bearer(await t.adminToken()))
      .expect(200);
    expect(response.body).toEqual({
      username: 'admin',
      role: 'admin',
      groupKey: null,
    });
  });

  it('should refuse a wrong password with 401 and a human message', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'admin', password: 'wrong-password' })
      .expect(401);
    expect(response.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Benutzername oder Passwort falsch',
      code: 'INVALID_CREDENTIALS',
    });
  });

  it('should refuse an unknown user with the same 401', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'nobody', password: 'whatever1' })
      .expect(401);
    expect(response.body).toMatchObject({ message: 'Benutzername oder Passwort falsch' });
  });

  it('should reject a login body with missing fields with 400', async () => {
    await t.http().post('/api/auth/login').send({ username: 'admin' }).expect(400);
  });

  it('should answer 401 when no token is sent', async () => {
    const response = await t.http().get('/api/council').expect(401);
    expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('should answer 401 for a garbage token', async () => {
    await t.http().get('/api/council').set('Authorization', 'Bearer not-a-real-token').expect(401);
    await t.http().get('/api/council').set('Authorization', 'Basic abc').expect(401);
  });

  it('should answer 401 after logout', async () => {
    const token = await t.login(ADMIN.username, ADMIN.password);
    await t
      .http()
      .post('/api/auth/logout')
      .set(...bearer(token))
      .expect(204);
    await t
      .http()
      .get('/api/auth/me')
      .set(...bearer(token))
      .expect(401);
  });

  it('should create a user and let a councillor read but not administrate', async () => {
    const { token, username } = await t.createUser('councillor', 'SPD');
    const me = await t
      .http()
      .get('/api/auth/me')
      .set(...bearer(token))
      .expect(200);
    expect(me.body as UserView).toEqual({
      username,
      role: 'councillor',
      groupKey: 'SPD',
    });
    await t
      .http()
      .get('/api/council')
      .set(...bearer(token))
      .expect(200);
    const denied = await t
      .http()
      .post('/api/users')
      .set(...bearer(token))
      .send({ username: 'sneaky', password: 'secret-password', role: 'admin' })
      .expect(403);
    expect(denied.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
  });

  it('should return 201 with the user view when an admin creates an account', async () => {
    const response = await t
      .http()
      .post('/api/users')
      .set(...bearer(await t.adminToken()))
      .send({
        username: 'gf-gruene',
        password: 'secret-password',
        role: 'manager',
        groupKey: 'GRUENE',
      })
      .expect(201);
    expect(response.body).toEqual({
      id: expect.any(Number) as number,
      username: 'gf-gruene',
      role: 'manager',
      groupKey: 'GRUENE',
      active: true,
      version: 1,
    });
  });

  it('should answer 409 for a duplicate username', async () => {
    const response = await t
      .http()
      .post('/api/users')
      .set(...bearer(await t.adminToken()))
      .send({ username: 'admin', password: 'secret-password', role: 'committee' })
      .expect(409);
    expect(response.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
  });

  it('should answer 404 for an unknown group and 400 for an unknown role', async () => {
    const admin = await t.adminToken();
    await t
      .http()
      .post('/api/users')
      .set(...bearer(admin))
      .send({ username: 'x-user', password: 'secret-password', role: 'manager', groupKey: 'NOPE' })
      .expect(404);
    const response = await t
      .http()
      .post('/api/users')
      .set(...bearer(admin))
      .send({ username: 'y-user', password: 'secret-password', role: 'king' })
      .expect(400);
    expect(JSON.stringify(response.body)).toContain('„Rolle“');
  });

  it('should deny with 403 a route that carries no access rule, even for an admin', async () => {
    const response = await t
      .http()
      .get('/api/test-naked')
      .set(...bearer(await t.adminToken()))
      .expect(403);
    expect(response.text).not.toContain('leaked');
  });
});
