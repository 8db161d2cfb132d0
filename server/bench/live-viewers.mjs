// Viewers for the live bench that behave like the client's motion page: they join the motion
// list and the motion's room, keep the versions they hold, and fetch over HTTP whatever an event
// did not carry (the rule the client's cache follows). With a server whose events carry the
// change, they fetch nothing.
import { io } from 'socket.io-client';

/** What a viewer holds and what it may read (a councillor has no whip details). */
function viewerState(details) {
  return { details, versions: new Map() };
}

/**
 * The HTTP a viewer sends because of one event, as the motion page did before events carried
 * the change: the tally's partner options and the history row when missing, and the whole whip
 * count when the tally names a whip version the viewer has not received yet.
 */
export function reactionsTo(event, payload, state, motionId) {
  const base = `/api/motions/${motionId}`;
  if (event === 'whip') {
    const { entry } = payload;
    const known = state.versions.get(entry.groupKey) ?? 0;
    if (entry.version > known) state.versions.set(entry.groupKey, entry.version);
    return state.details && !payload.history ? [`${base}/whip/history`] : [];
  }
  if (event === 'tally') {
    const fetches = Array.isArray(payload.options) ? [] : [`${base}/tally`];
    const cause = payload.cause;
    if (cause && (state.versions.get(cause.groupKey) ?? 0) < cause.version) {
      state.versions.set(cause.groupKey, cause.version);
      fetches.push(`${base}/whip`);
    }
    return fetches;
  }
  return [];
}

function connectOne(url, viewer, motionId) {
  const socket = io(`${url}/live`, {
    auth: viewer.token ? { token: viewer.token } : {},
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect_error', reject);
    socket.once('connect', () => {
      socket
        .timeout(10_000)
        .emit('subscribeList', {}, (listError) =>
          listError
            ? reject(listError)
            : socket
                .timeout(10_000)
                .emit('subscribe', { motionId }, (error) =>
                  error ? reject(error) : resolve(socket),
                ),
        );
    });
  });
}

/**
 * Connects the viewers in batches of 50. `onEvent(name, payload)` sees every event; `fetch(path,
 * token)` is called for each reaction (null: this server answers no API, e.g. the bare one).
 */
export async function connectViewers({ url, viewers, motionId, onEvent, fetch }) {
  const sockets = [];
  for (let start = 0; start < viewers.length; start += 50) {
    const batch = viewers.slice(start, start + 50).map(async (viewer) => {
      const socket = await connectOne(url, viewer, motionId);
      const state = viewerState(viewer.details);
      for (const name of ['whip', 'tally', 'motion']) {
        socket.on(name, (payload) => {
          if (fetch) {
            for (const path of reactionsTo(name, payload, state, motionId))
              fetch(path, viewer.token);
          }
          onEvent(name, payload);
        });
      }
      return socket;
    });
    sockets.push(...(await Promise.all(batch)));
  }
  return sockets;
}
