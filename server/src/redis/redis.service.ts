import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

/** A Redis that has not answered PING by then counts as unreachable (as the database check). */
export const REDIS_CHECK_TIMEOUT_MS = 3000;
/** Longest wait between reconnection attempts once the connection was up. */
const MAX_RECONNECT_DELAY_MS = 3000;
/** Errors while Redis is away are logged at most this often. */
const ERROR_LOG_INTERVAL_MS = 10_000;

/** Every key this app writes starts so, so one Redis can serve other programs too. */
export const REDIS_KEY_PREFIX = 'mehrheitsplaner:';

/** The socket.io adapter's two connections: one publishes, one is in subscriber mode. */
export type AdapterClients = { publisher: RedisClient; subscriber: RedisClient };

/**
 * The Redis that several instances share (REDIS_URL), or none (`client` null: one instance, as
 * before). `client` runs the app's commands and fails at once while Redis is away (callers fall
 * back or answer an error, no request hangs); the adapter's publisher queues while away (the
 * adapter does not catch a failed publish). Connected before the app starts: a wrong REDIS_URL
 * fails the start instead of the first request; once up, a lost connection is retried for ever.
 */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  private constructor(
    readonly client: RedisClient | null,
    readonly adapter: AdapterClients | null,
    /** In subscriber mode for the instances' change feed (see ChangeFeed). */
    readonly feedSubscriber: RedisClient | null,
  ) {}

  static async connect(url: string | null): Promise<RedisService> {
    if (url === null) return new RedisService(null, null, null);
    const client = createReconnectingClient(url, 'Redis', true);
    const publisher = createReconnectingClient(url, 'Redis (publisher)', false);
    const subscriber = createReconnectingClient(url, 'Redis (subscriber)', false);
    const feedSubscriber = createReconnectingClient(url, 'Redis (change feed)', false);
    const clients = [client, publisher, subscriber, feedSubscriber];
    try {
      await Promise.all(clients.map((opening) => opening.connect()));
    } catch (error) {
      for (const opened of clients) if (opened.isOpen) opened.destroy();
      throw error;
    }
    return new RedisService(client, { publisher, subscriber }, feedSubscriber);
  }

  /** PING within REDIS_CHECK_TIMEOUT_MS; null when no Redis is configured. */
  async answers(): Promise<boolean | null> {
    const client = this.client;
    if (!client) return null;
    if (!client.isReady) return false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), REDIS_CHECK_TIMEOUT_MS);
    });
    try {
      const pong = client.ping().then(
        () => true,
        () => false,
      );
      return await Promise.race([pong, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * After socket.io closed (it unsubscribes through the subscriber): Nest's last hook. A close
   * lets sent commands finish; with Redis away they never would, so it is not waited for then
   * (a destroy would reject the commands socket.io's adapter sent without a catch).
   */
  async onApplicationShutdown(): Promise<void> {
    const clients = [
      this.client,
      this.adapter?.publisher,
      this.adapter?.subscriber,
      this.feedSubscriber,
    ];
    await Promise.all(
      clients.map((client) => {
        if (!client?.isOpen) return Promise.resolve();
        const ready = client.isReady;
        const closed = client.close();
        return ready ? Promise.race([closed, delay(REDIS_CHECK_TIMEOUT_MS)]) : Promise.resolve();
      }),
    );
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function createReconnectingClient(url: string, name: string, failFast: boolean): RedisClient {
  let wasReady = false;
  const client = createClient({
    url,
    disableOfflineQueue: failFast,
    socket: {
      connectTimeout: REDIS_CHECK_TIMEOUT_MS,
      // Before the first connection an error ends the start (connect rejects with it); later
      // ones are retried.
      reconnectStrategy: (retries: number) =>
        wasReady ? Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS) : false,
    },
  });
  client.once('ready', () => (wasReady = true));
  watchErrors(client, name);
  return client;
}

/** An unhandled 'error' event would end the process; a lost Redis is logged and retried instead. */
function watchErrors(client: RedisClient, name: string): void {
  const logger = new Logger(name);
  let loggedAt = 0;
  client.on('error', (error: Error) => {
    if (Date.now() - loggedAt < ERROR_LOG_INTERVAL_MS) return;
    loggedAt = Date.now();
    logger.error(`Verbindung gestört: ${error.message}`);
  });
}
