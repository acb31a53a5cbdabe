/**
 * PubSub across processes over PostgreSQL: every API instance and worker on one database hears every message
 * (its own included) and feeds its in-process subscribers. Dates in rows survive the trip (payload-codec.ts).
 *
 * Publishing inserts the message into the pubsub_events table and NOTIFYs `destseg_events` (a wake-up, no
 * payload) in the same transaction. Publishers hold one advisory lock from their insert to their commit, so
 * ids become visible in id order and no row can appear later below an id a reader has passed. Each process
 * remembers the last id it delivered and, on every notification and right after every (re)connect and
 * LISTEN, reads `id > last` in id order: a listening connection that was down (a restart, a failover, a
 * terminated backend) misses nothing, and every message is delivered once, in the order each process
 * published it. Messages have no size limit (NOTIFY's 8000 bytes no longer apply). A process starts at the
 * newest id when it opens: it never replays what was published before.
 *
 * Retention: rows older than RETENTION (10 minutes) are deleted, every minute, by every process. A listening
 * connection down for longer than that can miss messages: the process logs that it may have missed some
 * (the oldest kept row is past the next id it expected and its last delivered row is gone) and goes on.
 * A publish whose connection was lost is retried after reconnecting, in order; a message whose commit was
 * not acknowledged may be stored twice, and the receiver drops the repeat (message-envelope.ts).
 */
import { isConnectionLost } from '@destseg/db';
import pg from 'pg';
import { CrossProcessPubSub } from './cross-process-pubsub.ts';
import type { Topics } from './pubsub.ts';

const CHANNEL = 'destseg_events';
/** How long a published message stays readable for a process whose listening connection is down. */
export const RETENTION_MINUTES = 10;
/** How often each process deletes expired rows and reads anything it was not woken for. */
const MAINTENANCE_MS = 60_000;
/** How many messages one publishing transaction and one read take at most. */
const BATCH = 500;
/** Serialises publishers from their insert to their commit: ids commit in order. */
const PUBLISH_LOCK = `SELECT pg_advisory_xact_lock(hashtext('destseg pubsub_events'))`;
/** Application names of the two connections each process holds (pg_stat_activity). */
export const LISTEN_APPLICATION_NAME = 'destseg-pubsub-listen';
export const PUBLISH_APPLICATION_NAME = 'destseg-pubsub-publish';

interface Waiter {
  count: number;
  resolve: () => void;
}

export class PostgresPubSub extends CrossProcessPubSub {
  /** The listening connection (LISTEN, reads, retention), null while it is down. */
  private listener: pg.Client | null = null;
  private listenerConnecting: Promise<void> | null = null;
  /** The last id delivered to local subscribers; null until the first connection set it. */
  private lastId: bigint | null = null;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private readonly maintenance: NodeJS.Timeout;

  /** The publishing connection, opened on the first publish. */
  private publisher: pg.Client | null = null;
  private publisherConnecting: Promise<pg.Client> | null = null;
  private readonly queue: { topic: keyof Topics; text: string }[] = [];
  private publishing: Promise<void> | null = null;
  private published = 0;
  /** How many published messages were stored (or given up on with a log line), in order. */
  private settled = 0;
  private waiters: Waiter[] = [];

  private constructor(
    private readonly url: string,
    log: (message: string) => void,
  ) {
    super(log);
    this.maintenance = setInterval(() => void this.maintain(), MAINTENANCE_MS);
    this.maintenance.unref();
  }

  static async open(url: string, log: (message: string) => void): Promise<PostgresPubSub> {
    const pubsub = new PostgresPubSub(url, log);
    await pubsub.connectListener();
    return pubsub;
  }

  publish<K extends keyof Topics>(topic: K, payload: Topics[K]): void {
    if (this.closed) {
      this.log(`pubsub: a ${topic} message was published after close`);
      return;
    }
    this.queue.push({ topic, text: this.sender.encode(topic, payload) });
    this.published++;
    this.startPublishing();
  }

  /** Resolves once every message published so far is committed to PostgreSQL (or was given up on, logged). */
  flushed(): Promise<void> {
    const count = this.published;
    if (this.settled >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  /** Closes both connections; what is still queued is logged and given up on. */
  protected async disconnect(): Promise<void> {
    clearInterval(this.maintenance);
    if (this.queue.length > 0) {
      this.log(`pubsub: closing with ${this.queue.length} messages not published (PostgreSQL unreachable)`);
    }
    this.settle(this.published);
    const clients = [this.listener, this.publisher];
    this.listener = null;
    this.publisher = null;
    await Promise.all(clients.map((client) => client?.end().catch(() => {})));
  }

  // --- publishing ---

  private startPublishing(): void {
    if (this.publishing || this.closed) return;
    this.publishing = this.publishQueue().finally(() => {
      this.publishing = null;
      // A message queued after the loop's last look at the queue.
      if (this.queue.length > 0) this.startPublishing();
    });
  }

  /** Stores the queued messages, a batch per transaction, in order; retries a batch after a lost connection. */
  private async publishQueue(): Promise<void> {
    for (let failures = 0; this.queue.length > 0 && !this.closed; ) {
      const batch = this.queue.slice(0, BATCH);
      let client: pg.Client | undefined;
      try {
        client = await this.publisherConnection();
        await client.query('BEGIN');
        await client.query(PUBLISH_LOCK);
        await client.query(
          `INSERT INTO pubsub_events (topic, payload)
           SELECT topic, payload FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS m(topic, payload, n)
           ORDER BY n`,
          [batch.map((m) => m.topic), batch.map((m) => m.text)],
        );
        await client.query('SELECT pg_notify($1, $2)', [CHANNEL, '']);
        await client.query('COMMIT');
        failures = 0;
      } catch (error) {
        if (this.closed) return;
        if (isConnectionLost(error)) {
          // Kept at the head of the queue: published again once a connection is back.
          if (client) this.dropPublisher(client);
          if (failures++ === 0) this.log(`pubsub: publishing paused, connection lost (${String(error)})`);
          await delay(Math.min(5000, 100 * 2 ** failures));
          continue;
        }
        await client?.query('ROLLBACK').catch(() => {});
        this.log(
          `pubsub: publishing ${batch.length} messages (${batch[0]?.topic}...) failed: ${String(error)}`,
        );
      }
      this.queue.splice(0, batch.length);
      this.settle(this.settled + batch.length);
    }
  }

  private settle(count: number): void {
    this.settled = count;
    const ready = this.waiters.filter((w) => w.count <= count);
    this.waiters = this.waiters.filter((w) => w.count > count);
    for (const waiter of ready) waiter.resolve();
  }

  private publisherConnection(): Promise<pg.Client> {
    if (this.publisher) return Promise.resolve(this.publisher);
    this.publisherConnecting ??= this.connect(PUBLISH_APPLICATION_NAME, async (client) => {
      client.on('error', () => this.dropPublisher(client));
      client.on('end', () => this.dropPublisher(client));
    })
      .then((client) => {
        if (this.closed) {
          void client.end().catch(() => {});
          throw new Error('pubsub is closed');
        }
        this.publisher = client;
        return client;
      })
      .finally(() => {
        this.publisherConnecting = null;
      });
    return this.publisherConnecting;
  }

  private dropPublisher(client: pg.Client): void {
    if (this.publisher !== client) return;
    this.publisher = null;
    void client.end().catch(() => {});
  }

  // --- listening ---

  private connectListener(): Promise<void> {
    this.listenerConnecting ??= this.connect(LISTEN_APPLICATION_NAME, async (client) => {
      client.on('notification', () => this.read());
      client.on('error', (error) => this.dropListener(client, error));
      client.on('end', () => this.dropListener(client, new Error('connection ended')));
      // LISTEN first: whatever commits after the catch-up read below wakes this process.
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.lastId === null) this.lastId = await newestId(client);
      else await this.checkGap(client, this.lastId);
    })
      .then((client) => {
        if (this.closed) {
          void client.end().catch(() => {});
          throw new Error('pubsub is closed');
        }
        this.listener = client;
        this.read();
      })
      .finally(() => {
        this.listenerConnecting = null;
      });
    return this.listenerConnecting;
  }

  private dropListener(client: pg.Client, error: Error): void {
    if (this.listener !== client || this.closed) return;
    this.listener = null;
    this.log(`pubsub: listening connection lost (${error.message}); reconnecting`);
    void client.end().catch(() => {});
    void this.connectListener().catch(() => {});
  }

  /** Logs when rows after the last delivered one were deleted before this process could read them. */
  private async checkGap(client: pg.Client, lastId: bigint): Promise<void> {
    const { rows } = await client.query<{ oldest: string | null; kept: boolean }>(
      `SELECT (SELECT min(id) FROM pubsub_events) AS oldest,
              EXISTS (SELECT 1 FROM pubsub_events WHERE id = $1) AS kept`,
      [lastId.toString()],
    );
    const oldest = rows[0]?.oldest;
    if (oldest && !rows[0]?.kept && BigInt(oldest) > lastId + 1n) {
      this.log(
        `pubsub: the listening connection was down longer than the retention (${RETENTION_MINUTES} min): ` +
          `messages ${lastId + 1n} to ${BigInt(oldest) - 1n} may have been missed`,
      );
    }
  }

  /** Reads and delivers every row after the last delivered one; one read at a time, again if woken meanwhile. */
  private read(): void {
    this.readAgain = true;
    if (this.reading) return;
    this.reading = this.readRows().finally(() => {
      this.reading = null;
      // Woken after the loop's last look, with a connection to read on.
      if (this.readAgain && this.listener && this.lastId !== null && !this.closed) this.read();
    });
  }

  private async readRows(): Promise<void> {
    while (this.readAgain && this.listener && this.lastId !== null && !this.closed) {
      this.readAgain = false;
      const client = this.listener;
      try {
        for (let full = true; full && client === this.listener; ) {
          const after: string = (this.lastId ?? 0n).toString();
          const { rows }: pg.QueryResult<{ id: string; payload: string }> = await client.query(
            'SELECT id, payload FROM pubsub_events WHERE id > $1 ORDER BY id LIMIT $2',
            [after, BATCH],
          );
          for (const row of rows) {
            this.lastId = BigInt(row.id);
            this.deliver(row.payload);
          }
          full = rows.length === BATCH;
        }
      } catch (error) {
        // A lost connection is answered by its 'error'/'end' handler (reconnect, then read again).
        if (!isConnectionLost(error) && !this.closed)
          this.log(`pubsub: reading messages failed: ${String(error)}`);
      }
    }
  }

  /** Deletes expired rows (any process may) and reads anything a lost notification would have announced. */
  private async maintain(): Promise<void> {
    const client = this.listener;
    if (!client || this.closed) return;
    this.read();
    try {
      await client.query(`DELETE FROM pubsub_events WHERE created_at < now() - make_interval(mins => $1)`, [
        RETENTION_MINUTES,
      ]);
    } catch (error) {
      if (!isConnectionLost(error)) this.log(`pubsub: deleting expired messages failed: ${String(error)}`);
    }
  }

  // --- connections ---

  /** Connects (retrying with backoff until closed) and runs `setup` on the new connection. */
  private async connect(
    applicationName: string,
    setup: (client: pg.Client) => Promise<void>,
  ): Promise<pg.Client> {
    for (let attempt = 0; ; attempt++) {
      if (this.closed) throw new Error('pubsub is closed');
      const client = new pg.Client({ connectionString: this.url, application_name: applicationName });
      try {
        await client.connect();
        await setup(client);
        if (this.closed) throw new Error('pubsub is closed');
        return client;
      } catch (error) {
        await client.end().catch(() => {});
        if (this.closed) throw new Error('pubsub is closed');
        if (attempt === 0) this.log(`pubsub: cannot connect to PostgreSQL (${String(error)}); retrying`);
        await delay(Math.min(5000, 100 * 2 ** attempt));
      }
    }
  }
}

/** The id the next message will be above: read under the publishers' lock, so no smaller id commits later. */
async function newestId(client: pg.Client): Promise<bigint> {
  await client.query('BEGIN');
  try {
    await client.query(PUBLISH_LOCK);
    const { rows } = await client.query<{ id: string | null }>(
      `SELECT pg_sequence_last_value(pg_get_serial_sequence('pubsub_events', 'id')::regclass) AS id`,
    );
    await client.query('COMMIT');
    return BigInt(rows[0]?.id ?? 0);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
