/**
 * PubSub across processes over a Redis Stream (ioredis), used instead of PostgreSQL when REDIS_URL is set:
 * every API instance and worker hears every message (its own included) and feeds its in-process subscribers.
 *
 * Publishing appends to the stream `destseg_events` (XADD, one connection per process, so a process's
 * messages keep its order). Each process reads the stream with a blocking XREAD on a connection of its own,
 * from the id it delivered last: when that connection is lost (a Redis restart, CLIENT KILL) ioredis
 * reconnects and sends the same XREAD again, so nothing appended meanwhile is missed, and every message is
 * delivered once, in the order each process published it. A process starts at the stream's last id when it
 * opens: it never replays what was published before. ioredis keeps publishes while it reconnects and sends
 * them once Redis is back; a message sent twice that way is delivered once (message-envelope.ts).
 *
 * Retention: each XADD trims entries older than RETENTION_MS (10 minutes, by Redis's clock; approximately:
 * whole stream nodes, so some entries stay a little longer). A reading connection down for longer than that
 * can miss messages: after reconnecting the process logs that some were trimmed before it read them (Redis
 * 7's max-deleted-entry-id). A Redis without persistence loses, on restart, what was not read yet.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { CrossProcessPubSub } from './cross-process-pubsub.ts';
import type { Topics } from './pubsub.ts';

const STREAM = 'destseg_events';
const FIELD = 'm';
/** How long a published message stays readable for a process whose reading connection is down. */
export const RETENTION_MS = 10 * 60_000;
/** How many entries one XREAD takes at most. */
const BATCH = 500;

export class RedisPubSub extends CrossProcessPubSub {
  private sending: Promise<void> = Promise.resolve();
  /** Entries before this id are trimmed by the next XADD; set from the last XADD's id (Redis's clock). */
  private trimBefore: string | null = null;
  private readonly reading: Promise<void>;

  private constructor(
    private readonly publisher: Redis,
    private readonly reader: Redis,
    /** The reading connection's CLIENT SETNAME (CLIENT LIST). */
    readonly readerName: string,
    /** The id of the last entry delivered to local subscribers. */
    private lastId: string,
    log: (message: string) => void,
  ) {
    super(log);
    // Every 'ready' after the first is a reconnect.
    reader.on('ready', () => void this.checkGap(this.lastId));
    this.reading = this.read();
  }

  static async open(url: string, log: (message: string) => void): Promise<RedisPubSub> {
    const readerName = `destseg-pubsub-read-${process.pid}-${randomBytes(4).toString('hex')}`;
    // Commands wait while the connection is down, however long (not failed after 20 retries).
    const options = { lazyConnect: true, maxRetriesPerRequest: null };
    const publisher = new Redis(url, { ...options, connectionName: 'destseg-pubsub-publish' });
    const reader = new Redis(url, { ...options, connectionName: readerName });
    for (const client of [publisher, reader]) {
      client.on('error', (error: Error) => log(`pubsub: redis: ${error.message}`));
    }
    try {
      await Promise.all([publisher.connect(), reader.connect()]);
      const info = await streamInfo(publisher);
      return new RedisPubSub(publisher, reader, readerName, info?.lastGeneratedId ?? '0-0', log);
    } catch (error) {
      publisher.disconnect();
      reader.disconnect();
      throw error;
    }
  }

  publish<K extends keyof Topics>(topic: K, payload: Topics[K]): void {
    const text = this.sender.encode(topic, payload);
    const trim = this.trimBefore ? ['MINID', '~', this.trimBefore] : [];
    const added = this.publisher
      .xadd(STREAM, ...trim, '*', FIELD, text)
      .then((id) => {
        if (id) this.trimBefore = `${Math.max(0, Number(id.split('-')[0]) - RETENTION_MS)}-0`;
      })
      .catch((error: unknown) => this.log(`pubsub: publishing ${topic} failed: ${String(error)}`));
    this.sending = Promise.all([this.sending, added]).then(() => {});
  }

  /** Resolves once Redis has stored every message published so far (or refused it, logged). */
  flushed(): Promise<void> {
    return this.sending;
  }

  /** Closes both connections: the publishing one after its last reply when everything was stored. */
  protected async disconnect(flushed: boolean): Promise<void> {
    this.reader.disconnect();
    if (flushed) await this.publisher.quit().catch(() => {});
    else {
      this.log('pubsub: closing with messages not published (Redis unreachable)');
      this.publisher.disconnect();
    }
    await this.reading;
  }

  /** Blocks on the stream from the last delivered id and delivers what comes, until closed. */
  private async read(): Promise<void> {
    while (!this.closed) {
      let reply: [string, [string, string[]][]][] | null;
      try {
        reply = await this.reader.xread('COUNT', BATCH, 'BLOCK', 0, 'STREAMS', STREAM, this.lastId);
      } catch (error) {
        if (this.closed) return;
        this.log(`pubsub: reading the stream failed (${String(error)}); retrying`);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        continue;
      }
      for (const [, entries] of reply ?? []) {
        for (const [id, fields] of entries) {
          this.lastId = id;
          const at = fields.indexOf(FIELD);
          if (at % 2 === 0) this.deliver(fields[at + 1] ?? '');
        }
      }
    }
  }

  /** Logs when entries after `lastId` were trimmed before this process could read them. */
  private async checkGap(lastId: string): Promise<void> {
    if (this.closed) return;
    try {
      const deleted = (await streamInfo(this.publisher))?.maxDeletedEntryId;
      if (deleted && compareIds(deleted, lastId) > 0) {
        this.log(
          `pubsub: the reading connection was down longer than the retention (${RETENTION_MS / 60_000} min): ` +
            `messages after ${lastId} up to ${deleted} may have been missed`,
        );
      }
    } catch (error) {
      if (!this.closed) this.log(`pubsub: cannot check the stream after reconnecting: ${String(error)}`);
    }
  }
}

/** XINFO STREAM's ids, or null while the stream does not exist. */
async function streamInfo(
  client: Redis,
): Promise<{ lastGeneratedId: string; maxDeletedEntryId: string | undefined } | null> {
  let reply: unknown[];
  try {
    reply = (await client.xinfo('STREAM', STREAM)) as unknown[];
  } catch (error) {
    if (String(error).includes('no such key')) return null;
    throw error;
  }
  const fields = new Map<string, unknown>();
  for (let i = 0; i + 1 < reply.length; i += 2) fields.set(String(reply[i]), reply[i + 1]);
  const maxDeleted = fields.get('max-deleted-entry-id');
  return {
    lastGeneratedId: String(fields.get('last-generated-id') ?? '0-0'),
    // Redis 7 and later; older servers cannot tell.
    maxDeletedEntryId: typeof maxDeleted === 'string' ? maxDeleted : undefined,
  };
}

/** Orders two stream ids (`<ms>-<seq>`). */
function compareIds(a: string, b: string): number {
  const [am = 0n, as = 0n] = a.split('-').map(BigInt);
  const [bm = 0n, bs = 0n] = b.split('-').map(BigInt);
  return am === bm ? Number(as - bs) : am < bm ? -1 : 1;
}
