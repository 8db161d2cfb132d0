// The real, built server (server/dist) for the live bench, listening on loopback only.
import 'reflect-metadata';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { NestFactory } = require('@nestjs/core');
const { AppModule } = require('../dist/app.module.js');
const { configureApp } = require('../dist/app.setup.js');

const app = await NestFactory.create(AppModule, { logger: ['error', 'warn'] });
configureApp(app);
await app.listen(Number(process.env.PORT), '127.0.0.1');
process.send?.({ ready: true });
