import { ADMIN, startTestApp, type TestApp } from './support/test-app';

describe('login throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_THROTTLE_LIMIT: '3' } });
  });
  afterAll(() => t.close());

  it('should answer 429 once the login limit per minute is used up', async () => {
    for (let i = 0; i < 3; i++) {
      await t
        .http()
        .post('/api/auth/login')
        .send({ username: 'admin', password: 'wrong-pw' })
        .expect(401);
    }
    const response = await t.http().post('/api/auth/login').send(ADMIN).expect(429);
    expect(response.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
  });

  it('should not throttle other routes', async () => {
    for (let i = 0; i < 5; i++) await t.http().get('/api/health').expect(200);
  });
});
