// The baselines of npm run bench:load: a NestJS app with two GET routes and nothing else (no
// database, guards, pipes or logging), listening on loopback; tells its parent when it listens.
// /bare answers {"ok":true}; /bare/body answers BARE_BODY (JSON text) as it is.
import 'reflect-metadata';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Controller, Get, Header, Module } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');

const body = process.env.BARE_BODY ?? '{}';

class BareController {
  hello() {
    return { ok: true };
  }

  body() {
    return body;
  }
}
Controller('bare')(BareController);
const route = (name, decorators) => {
  const descriptor = Object.getOwnPropertyDescriptor(BareController.prototype, name);
  for (const decorate of decorators) decorate(BareController.prototype, name, descriptor);
};
route('hello', [Get()]);
route('body', [Get('body'), Header('Content-Type', 'application/json; charset=utf-8')]);

class BareModule {}
Module({ controllers: [BareController] })(BareModule);

const app = await NestFactory.create(BareModule, { logger: false });
await app.listen(Number(process.env.PORT), '127.0.0.1');
process.send?.({ ready: true });
