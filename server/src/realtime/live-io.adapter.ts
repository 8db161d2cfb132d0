import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { IncomingMessage } from 'node:http';
import type { Namespace, Server, ServerOptions, Socket } from 'socket.io';
import { jsonDepthExceeds } from '../common/json-body';
import type { SecurityConfig } from '../config/security-config';
import { REDIS_KEY_PREFIX, RedisService } from '../redis/redis.service';

/** Engine connections that never join a namespace are dropped after this long. */
const CONNECT_TIMEOUT_MS = 10_000;

/** Open engine.io connections per remote address. */
export class ConnectionsPerAddress {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  hasRoom(address: string): boolean {
    return (this.open.get(address) ?? 0) < this.max;
  }

  /** Counts a connection; false (and not counted) when the address is already at the cap. */
  add(address: string): boolean {
    if (!this.hasRoom(address)) return false;
    this.open.set(address, (this.open.get(address) ?? 0) + 1);
    return true;
  }

  remove(address: string): void {
    const left = (this.open.get(address) ?? 1) - 1;
    if (left > 0) this.open.set(address, left);
    else this.open.delete(address);
  }
}

type EngineSocket = {
  request: IncomingMessage;
  once(event: 'close', listener: () => void): void;
  close(): void;
};

/**
 * The client's address as Express's `trust proxy` = n sees it: the nth address from the right of
 * X-Forwarded-For + the peer, so a client cannot choose its address by sending the header itself.
 */
export function clientAddress(request: IncomingMessage, trustedHops: number): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  if (trustedHops === 0) return peer;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedHops)];
}

/**
 * Drops an event whose payload nests deeper than the limit before any handler or validator sees
 * it (class-transformer would recurse until the stack overflows), answering like a WsException.
 */
function refuseDeepPayloads(socket: Socket, maxDepth: number) {
  return ([event, ...args]: unknown[], next: (error?: Error) => void): void => {
    const payload = args.filter((arg) => typeof arg !== 'function');
    if (!jsonDepthExceeds(payload, maxDepth + 1)) return next();
    socket.emit('exception', {
      status: 'error',
      event,
      code: 'JSON_TOO_DEEP',
      message: `Die Nachricht ist zu tief verschachtelt (höchstens ${maxDepth} Ebenen)`,
    });
  };
}

/**
 * socket.io with the limits of SecurityConfig: small messages, a cap of connections per address
 * (refused at the handshake, and closed at once should concurrent handshakes overshoot it) and
 * no default namespace: only /live, which authenticates, accepts sockets. With REDIS_URL the
 * Redis adapter carries every broadcast (to rooms, the namespace, disconnectSockets) to the
 * sockets of all instances.
 */
export class LiveIoAdapter extends IoAdapter {
  constructor(
    private readonly appContext: INestApplicationContext,
    private readonly limits: SecurityConfig['socket'],
  ) {
    super(appContext);
  }

  override createIOServer(port: number, options?: Partial<ServerOptions>): Server {
    const connections = new ConnectionsPerAddress(this.limits.maxConnectionsPerAddress);
    const addressOf = (request: IncomingMessage) =>
      clientAddress(request, this.limits.trustProxyHops);
    const server = super.createIOServer(port, {
      ...options,
      maxHttpBufferSize: this.limits.maxBufferBytes,
      connectTimeout: CONNECT_TIMEOUT_MS,
      allowRequest: (
        request: IncomingMessage,
        callback: (error: string | null, ok: boolean) => void,
      ) => {
        if (connections.hasRoom(addressOf(request))) callback(null, true);
        else callback('Zu viele Verbindungen von dieser Adresse', false);
      },
    } satisfies Partial<ServerOptions>) as Server;
    const redis = this.appContext.get(RedisService).adapter;
    if (redis) {
      const { publisher, subscriber } = redis;
      server.adapter(createAdapter(publisher, subscriber, { key: `${REDIS_KEY_PREFIX}socket.io` }));
    }
    server.engine.on('connection', (socket: EngineSocket) => {
      const address = addressOf(socket.request);
      if (!connections.add(address)) return socket.close();
      socket.once('close', () => connections.remove(address));
    });
    server.on('new_namespace', (namespace: Namespace) => {
      namespace.use((socket, next) => {
        socket.use(refuseDeepPayloads(socket, this.limits.maxJsonDepth));
        next();
      });
    });
    server.of('/').use((_socket, next) => {
      next(new Error('Unbekannter Namensraum: Live-Daten gibt es unter /live'));
    });
    return server;
  }
}
