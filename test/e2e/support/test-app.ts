import type { LoginResponse } from '@mehrheitsplaner/shared';
import type { INestApplication, Type } from '@nestjs/common';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { AppModule } from '../../../server/src/app.module';
import { configureApp } from '../../../server/src/app.setup';
import { createTestDatabase, e2eEngine } from './engine';

export const ADMIN = { username: 'admin', password: 'admin-test-pw' } as const;

export type TestApp = {
  app: INestApplication;
  /** http://127.0.0.1:<port> of the listening server. */
  url: string;
  http: () => ReturnType<typeof request>;
  login: (username: string, password: string) => Promise<string>;
  adminToken: () => Promise<string>;
  createUser: (role: string, groupKey?: string) => Promise<{ username: string; token: string }>;
  close: () => Promise<void>;
};

export type TestAppOptions = {
  env?: Record<string, string>;
  controllers?: Type[];
  /** Providers replaced by a subclass (a test that needs a service to fail). */
  overrides?: Array<{ provide: Type; useClass: Type }>;
};

let userCounter = 0;

/**
 * The real app (AppModule + configureApp) listening on a free port, on the database of
 * `env.DATABASE_URL` or else a fresh one of the run's engine (in-memory SQLite, or a PostgreSQL
 * database dropped on close). Environment is set before the module is built, since config is read
 * at start-up.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const own =
    options.env?.DATABASE_URL === undefined && e2eEngine() === 'postgres'
      ? await createTestDatabase()
      : null;
  Object.assign(process.env, {
    TZ: 'UTC',
    DATABASE_URL: own?.url ?? 'sqlite::memory:',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    LOGIN_THROTTLE_LIMIT: '1000',
    CLIENT_DIST: '/nonexistent/client/dist',
    ...options.env,
  });
  const builder = Test.createTestingModule({
    imports: [AppModule],
    controllers: options.controllers ?? [],
  });
  for (const { provide, useClass } of options.overrides ?? []) {
    builder.overrideProvider(provide).useClass(useClass);
  }
  const app = await listening(builder).catch(async (error: unknown) => {
    await own?.drop();
    throw error;
  });
  const server = app.getHttpServer() as Server;
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const http = () => request(url);

  const login = async (username: string, password: string): Promise<string> => {
    const response = await http().post('/api/auth/login').send({ username, password }).expect(200);
    return (response.body as LoginResponse).token;
  };
  let admin: string | undefined;
  const adminToken = async () => (admin ??= await login(ADMIN.username, ADMIN.password));
  const createUser = async (role: string, groupKey?: string) => {
    userCounter += 1;
    const username = `${role}${userCounter}`;
    const password = 'secret-password';
    await http()
      .post('/api/users')
      .set('Authorization', `Bearer ${await adminToken()}`)
      .send({ username, password, role, ...(groupKey ? { groupKey } : {}) })
      .expect(201);
    return { username, token: await login(username, password) };
  };

  const close = async () => {
    try {
      await app.close();
    } finally {
      await own?.drop();
    }
  };
  return { app, url, http, login, adminToken, createUser, close };
}

async function listening(builder: TestingModuleBuilder): Promise<INestApplication> {
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureApp(app);
  await app.listen(0);
  return app;
}

export function bearer(token: string): [string, string] {
  return ['Authorization', `Bearer ${token}`];
}

/** Today as YYYY-MM-DD in the process time zone (the server uses the same clock). */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
