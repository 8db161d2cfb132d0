// A bare socket.io server for comparison: broadcasts a template payload when triggered over HTTP.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

let template = null;
const http = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    if (url.pathname === '/template') {
      template = JSON.parse(body);
    } else if (url.pathname === '/broadcast' && template) {
      const version = Number(url.searchParams.get('seq'));
      live.to('motion:1').emit('tally', { ...template, cause: { ...template.cause, version } });
    } else {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
});
const io = new Server(http);
const live = io.of('/live');
live.on('connection', (socket) => {
  socket.on('subscribe', async ({ motionId }, ack) => {
    await socket.join(`motion:${motionId}`);
    ack?.({ ok: true, room: `motion:${motionId}` });
  });
});
http.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.({ ready: true }));
