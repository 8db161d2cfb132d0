// A bare socket.io server for comparison: broadcasts the server's event set (whip, tally, motion
// as a councillor received them) when triggered over HTTP; reports its CPU time over IPC.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

let template = null;

function broadcast(version) {
  const cause = { ...template.tally.cause, version };
  const room = live.to('motion:1');
  room.emit('whip', { ...template.whip, entry: { ...template.whip.entry, version } });
  room.emit('tally', { ...template.tally, cause });
  room.emit('motion', { ...template.motion, cause });
}

const http = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    if (url.pathname === '/template') {
      template = JSON.parse(body);
    } else if (url.pathname === '/broadcast' && template) {
      broadcast(Number(url.searchParams.get('seq')));
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
  socket.on('subscribeList', async (_payload, ack) => {
    await socket.join('motions');
    ack?.({ ok: true, room: 'motions' });
  });
  socket.on('subscribe', async ({ motionId }, ack) => {
    await socket.join(`motion:${motionId}`);
    ack?.({ ok: true, room: `motion:${motionId}` });
  });
});
process.on('message', (message) => {
  if (message?.type === 'stats')
    process.send?.({ type: 'stats', requests: 0, cpu: process.cpuUsage() });
});
http.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.({ ready: true }));
