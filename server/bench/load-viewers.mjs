// The sockets of npm run bench:load in a process of their own (so autocannon in the parent does
// not delay their events): viewers that behave like the client's motion page (live-viewers.mjs),
// spread over the instances. Records when each change's `motion` event (the last of its set)
// arrives, per instance, on the clock both processes share (timeOrigin + now).
import { performance } from 'node:perf_hooks';
import { connectViewers } from './live-viewers.mjs';

const now = () => performance.timeOrigin + performance.now();
const arrivals = {};
const counts = { reactions: 0, reactionFailures: 0, disconnects: 0 };
const sockets = [];

async function react(url, path, token) {
  counts.reactions += 1;
  try {
    const response = await fetch(`${url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await response.arrayBuffer();
    if (!response.ok) counts.reactionFailures += 1;
  } catch {
    counts.reactionFailures += 1;
  }
}

async function connect({ instances, viewers, motionId }) {
  for (const { name, url } of instances) {
    const own = viewers.filter((viewer) => viewer.instance === name);
    const byChange = (arrivals[name] = {});
    const connected = await connectViewers({
      url,
      viewers: own,
      motionId,
      onEvent: (event, payload) => {
        const cause = payload?.cause;
        if (event !== 'motion' || !cause) return;
        (byChange[`${cause.groupKey}:${cause.version}`] ??= []).push(now());
      },
      fetch: (path, token) => void react(url, path, token),
    });
    for (const socket of connected) {
      socket.on('disconnect', () => (counts.disconnects += 1));
      sockets.push(socket);
    }
  }
  return sockets.length;
}

process.on('message', async (message) => {
  try {
    if (message.type === 'connect') {
      process.send({ type: 'connected', sockets: await connect(message) });
    } else if (message.type === 'report') {
      process.send({ type: 'report', arrivals, ...counts });
    } else if (message.type === 'close') {
      sockets.forEach((socket) => socket.disconnect());
      process.exit(0);
    }
  } catch (error) {
    process.send({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
