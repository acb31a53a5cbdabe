/**
 * PubSub across processes over Redis pub/sub (ioredis), used instead of PostgreSQL NOTIFY when REDIS_URL
 * is set: one publishing and one subscribed connection per process, feeding the in-process subscribers.
 * ioredis queues publishes while it reconnects and re-subscribes on its own; a message published while
 * this process's subscribed connection is down is lost (as with NOTIFY).
 */
import { Redis } from 'ioredis';
import { decodePayload, encodePayload } from './payload-codec.ts';
import { LocalPubSub, type PubSub, type Topics } from './pubsub.ts';

const CHANNEL = 'destseg_events';

export class RedisPubSub implements PubSub {
  private readonly local = new LocalPubSub();
  private sending: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly log: (message: string) => void,
  ) {
    subscriber.on('message', (_channel: string, text: string) => this.deliver(text));
  }

  static async open(url: string, log: (message: string) => void): Promise<RedisPubSub> {
    const publisher = new Redis(url, { lazyConnect: true });
    const subscriber = new Redis(url, { lazyConnect: true });
    for (const client of [publisher, subscriber]) {
      client.on('error', (error: Error) => log(`pubsub: redis: ${error.message}`));
    }
    await Promise.all([publisher.connect(), subscriber.connect()]);
    const pubsub = new RedisPubSub(publisher, subscriber, log);
    await subscriber.subscribe(CHANNEL);
    return pubsub;
  }

  publish<K extends keyof Topics>(topic: K, payload: Topics[K]): void {
    this.sending = this.publisher
      .publish(CHANNEL, encodePayload({ topic, payload }))
      .catch((error: unknown) => this.log(`pubsub: publishing ${topic} failed: ${String(error)}`));
  }

  subscribe<K extends keyof Topics>(
    topic: K,
    accept?: (payload: Topics[K]) => boolean,
  ): AsyncIterableIterator<Topics[K]> {
    return this.local.subscribe(topic, accept);
  }

  listen<K extends keyof Topics>(topic: K, listener: (payload: Topics[K]) => void): () => void {
    return this.local.listen(topic, listener);
  }

  async close(): Promise<void> {
    await this.sending;
    await Promise.all([this.publisher.quit(), this.subscriber.quit()]);
  }

  private deliver(text: string): void {
    try {
      const { topic, payload } = decodePayload(text) as { topic: keyof Topics; payload: never };
      this.local.publish(topic, payload);
    } catch (error) {
      this.log(`pubsub: unreadable message: ${String(error)}`);
    }
  }
}
