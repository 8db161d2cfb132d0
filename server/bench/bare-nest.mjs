// The baseline of npm run bench:load: a NestJS app with one GET route and nothing else (no
// database, guards, pipes or logging), listening on loopback; tells its parent when it listens.
import 'reflect-metadata';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Controller, Get, Module } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');

class BareController {
  hello() {
    return { ok: true };
  }
}
Controller('bare')(BareController);
Get()(
  BareController.prototype,
  'hello',
  Object.getOwnPropertyDescriptor(BareController.prototype, 'hello'),
);

class BareModule {}
Module({ controllers: [BareController] })(BareModule);

const app = await NestFactory.create(BareModule, { logger: false });
await app.listen(Number(process.env.PORT), '127.0.0.1');
process.send?.({ ready: true });
