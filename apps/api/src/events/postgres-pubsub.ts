/**
 * PubSub across processes over PostgreSQL LISTEN/NOTIFY: every API instance and worker on one database
 * publishes with NOTIFY and hears every message (its own included) on one listening connection, which
 * feeds the in-process subscribers. Messages are delivered in the order each process published them.
 * Dates in rows survive the trip (payload-codec.ts). A message is lost only while the listening
 * connection is down (it reconnects with backoff); subscribers stay connected throughout.
 */
import pg from 'pg';
import { decodePayload, encodePayload } from './payload-codec.ts';
import { LocalPubSub, type PubSub, type Topics } from './pubsub.ts';

const CHANNEL = 'destseg_events';
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7999;

export class PostgresPubSub implements PubSub {
  private readonly local = new LocalPubSub();
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private sending: Promise<void> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly url: string,
    private readonly log: (message: string) => void,
  ) {}

  static async open(url: string, log: (message: string) => void): Promise<PostgresPubSub> {
    const pubsub = new PostgresPubSub(url, log);
    await pubsub.connection();
    return pubsub;
  }

  publish<K extends keyof Topics>(topic: K, payload: Topics[K]): void {
    const text = encodePayload({ topic, payload });
    if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) {
      this.log(`pubsub: a ${topic} message of ${Buffer.byteLength(text)} bytes is too large to publish`);
      return;
    }
    this.sending = this.sending
      .then(async () => {
        const client = await this.connection();
        await client.query('SELECT pg_notify($1, $2)', [CHANNEL, text]);
      })
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

  /** Resolves once every message published so far was handed to PostgreSQL. */
  flushed(): Promise<void> {
    return this.sending;
  }

  async close(): Promise<void> {
    await this.sending;
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private connection(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<pg.Client> {
    for (let attempt = 0; ; attempt++) {
      if (this.closed) throw new Error('pubsub is closed');
      const client = new pg.Client({ connectionString: this.url });
      try {
        await client.connect();
        client.on('notification', (message) => this.deliver(message.payload));
        client.on('error', (error) => this.drop(client, error));
        client.on('end', () => this.drop(client, new Error('connection ended')));
        await client.query(`LISTEN ${CHANNEL}`);
        this.client = client;
        return client;
      } catch (error) {
        await client.end().catch(() => {});
        if (attempt === 0) this.log(`pubsub: cannot listen on PostgreSQL (${String(error)}); retrying`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 100 * 2 ** attempt)));
      }
    }
  }

  private drop(client: pg.Client, error: Error): void {
    if (this.client !== client || this.closed) return;
    this.client = null;
    this.log(`pubsub: listening connection lost (${error.message}); reconnecting`);
    void client.end().catch(() => {});
    void this.connection().catch(() => {});
  }

  private deliver(text: string | undefined): void {
    if (!text) return;
    try {
      const { topic, payload } = decodePayload(text) as { topic: keyof Topics; payload: never };
      this.local.publish(topic, payload);
    } catch (error) {
      this.log(`pubsub: unreadable message: ${String(error)}`);
    }
  }
}
