// The real, built server (server/dist) for the live bench, listening on loopback only. Over IPC it
// reports the API requests the viewers caused (the editor tags its own) and its CPU time.
import 'reflect-metadata';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { NestFactory } = require('@nestjs/core');
const { AppModule } = require('../dist/app.module.js');
const { configureApp } = require('../dist/app.setup.js');

let viewerRequests = 0;
const app = await NestFactory.create(AppModule, { logger: ['error', 'warn'] });
app.use((request, _response, next) => {
  if (request.headers['x-bench-editor'] === undefined) viewerRequests += 1;
  next();
});
configureApp(app);
await app.listen(Number(process.env.PORT), '127.0.0.1');
process.on('message', (message) => {
  if (message?.type === 'stats') {
    process.send?.({ type: 'stats', requests: viewerRequests, cpu: process.cpuUsage() });
  }
});
process.send?.({ ready: true });
