import { Injectable, Logger, Optional, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { REDIS_KEY_PREFIX, RedisService } from '../redis/redis.service';
import { UnitOfWork } from './unit-of-work';

/** What instances tell each other: tables a commit wrote, sessions that ended (token hashes). */
export type ChangeTopic = 'tables' | 'sessionsEnded';
export type ChangeListener = (items: ReadonlySet<string>) => void;

const CHANNEL = `${REDIS_KEY_PREFIX}changes`;
/** A change is answered once Redis took it, but never waits longer than this for Redis. */
const PUBLISH_WAIT_MS = 1000;

type Message = { from: string; topic: ChangeTopic; items: string[] };

function parse(raw: string): Message | null {
  try {
    const message = JSON.parse(raw) as Partial<Message>;
    const topics: readonly unknown[] = ['tables', 'sessionsEnded'];
    if (typeof message.from !== 'string' || !topics.includes(message.topic)) return null;
    if (!Array.isArray(message.items)) return null;
    return message as Message;
  } catch {
    return null;
  }
}

/**
 * What changed, for the in-memory caches of every instance (today's council, bodies, tallies,
 * sessions). A change is told to this instance's listeners at once, before the write is answered,
 * and with REDIS_URL published to the other instances. `complete` says whether this instance
 * hears every other one right now: without Redis always (there is no other); with Redis only
 * while the feed's subscription stands. A cache must not answer from memory while it is false,
 * and drops everything on `onResync` (messages may have been lost meanwhile).
 */
@Injectable()
export class ChangeFeed implements OnModuleInit {
  private readonly logger = new Logger(ChangeFeed.name);
  private readonly instance = randomUUID();
  private readonly listeners = new Map<ChangeTopic, ChangeListener[]>();
  private readonly resyncListeners: Array<() => void> = [];
  private listening: boolean;

  /** Without a RedisService (the migrate CLI has none) the feed is this process's alone. */
  private readonly redis: RedisService | null;

  // `redis?: RedisService`, not a union with null: the type is what Nest injects by.
  constructor(uow: UnitOfWork, @Optional() redis?: RedisService) {
    this.redis = redis ?? null;
    this.listening = !this.redis?.feedSubscriber;
    uow.onCommit((tables) => this.publish('tables', tables));
  }

  get complete(): boolean {
    return this.listening;
  }

  on(topic: ChangeTopic, listener: ChangeListener): void {
    this.listeners.set(topic, [...(this.listeners.get(topic) ?? []), listener]);
  }

  onResync(listener: () => void): void {
    this.resyncListeners.push(listener);
  }

  /**
   * Tells this instance's listeners at once, then the other instances. Resolves when Redis has
   * passed the change on (so a request answered after it cannot reach another instance first),
   * at once while Redis is away (the change is queued; the others, cut off too, trust no cache),
   * and after PUBLISH_WAIT_MS at most. Never rejects.
   */
  async publish(topic: ChangeTopic, items: Iterable<string>): Promise<void> {
    const set = new Set(items);
    if (set.size === 0) return;
    this.deliver(topic, set);
    const publisher = this.redis?.adapter?.publisher;
    if (!publisher) return;
    const message: Message = { from: this.instance, topic, items: [...set] };
    const ready = publisher.isReady;
    const sent = publisher.publish(CHANNEL, JSON.stringify(message)).then(
      () => undefined,
      (error: Error) => {
        this.logger.error(`Änderung nicht an die anderen Instanzen gemeldet: ${error.message}`);
      },
    );
    if (!ready) return;
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, PUBLISH_WAIT_MS)));
    await Promise.race([sent, waited]);
    clearTimeout(timer);
  }

  async onModuleInit(): Promise<void> {
    const subscriber = this.redis?.feedSubscriber;
    if (!subscriber) return;
    const lost = () => {
      if (!this.listening) return;
      this.listening = false;
      this.resync();
    };
    subscriber.on('error', lost);
    subscriber.on('reconnecting', lost);
    subscriber.on('end', lost);
    // node-redis subscribes again before it reports ready; what was sent meanwhile is lost.
    subscriber.on('ready', () => {
      this.listening = true;
      this.resync();
    });
    await subscriber.subscribe(CHANNEL, (raw) => this.receive(raw));
    this.listening = subscriber.isReady;
  }

  private receive(raw: string): void {
    const message = parse(raw);
    if (!message || message.from === this.instance) return;
    this.deliver(message.topic, new Set(message.items));
  }

  private deliver(topic: ChangeTopic, items: ReadonlySet<string>): void {
    for (const listener of this.listeners.get(topic) ?? []) {
      try {
        listener(items);
      } catch (error) {
        this.logger.error(`Änderung nicht verarbeitet: ${(error as Error).message}`);
      }
    }
  }

  private resync(): void {
    for (const listener of this.resyncListeners) listener();
  }
}
