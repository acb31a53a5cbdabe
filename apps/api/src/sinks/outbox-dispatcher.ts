/**
 * Delivers the outbox. Every API process runs one; a sink is held by one dispatcher at a time (a lease in
 * its row, renewed while it works), which sends the sink's messages oldest first, so retained MQTT
 * verdicts end on the newest. A failed attempt leaves the message at the head of its sink's queue, retried
 * with exponential backoff; a dispatcher that dies loses its leases when they expire and another one
 * carries on. Delivery is at least once: a receiver deduplicates on the idempotency key.
 */
import { randomUUID } from 'node:crypto';
import {
  and,
  asc,
  type Database,
  eq,
  isNull,
  lt,
  type OutboxMessageRow,
  type OutputSinkRow,
  or,
  outboxMessages,
  outputSinks,
  sql,
} from '@destseg/db';
import type { InspectionMessage } from './inspection-message.ts';
import { DEFAULT_TOPIC_TEMPLATE, MqttPublisher, topicFor } from './mqtt-sink.ts';
import { postWebhook } from './webhook-sink.ts';

export interface OutboxTiming {
  /** How often an idle dispatcher looks for messages. */
  pollMs: number;
  /** How long a sink stays held by a dispatcher that stopped renewing. */
  leaseSeconds: number;
  /** First retry delay; doubled per attempt up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_OUTBOX_TIMING: OutboxTiming = {
  pollMs: 500,
  leaseSeconds: 30,
  backoffMs: 500,
  maxBackoffMs: 60_000,
};

const BATCH = 50;

export class OutboxDispatcher {
  private readonly owner = randomUUID();
  private readonly mqtt = new MqttPublisher();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly log: (message: string) => void,
    private readonly timing: OutboxTiming = DEFAULT_OUTBOX_TIMING,
  ) {}

  start(): void {
    this.schedule(0);
  }

  /** Looks for messages now (after an inspection stored some), instead of at the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.db
      .update(outputSinks)
      .set({ leaseOwner: null, leaseUntil: null })
      .where(eq(outputSinks.leaseOwner, this.owner))
      .catch(() => {});
    await this.mqtt.close();
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.running
        .then(() => this.pass())
        .catch((error: unknown) => this.log(`outbox: ${String(error)}`))
        .finally(() => {
          if (!this.stopped && !this.timer) this.schedule(this.timing.pollMs);
        });
    }, delayMs);
  }

  /** One round over the sinks with due messages. */
  private async pass(): Promise<void> {
    const due = await this.db
      .selectDistinct({ sinkId: outboxMessages.sinkId })
      .from(outboxMessages)
      .where(and(isNull(outboxMessages.deliveredAt), sql`${outboxMessages.nextAttemptAt} <= now()`));
    for (const { sinkId } of due) {
      if (this.stopped) return;
      const sink = await this.lease(sinkId);
      if (sink) await this.drain(sink);
    }
  }

  /** Takes (or renews) the sink's lease; undefined when another dispatcher holds it. */
  private async lease(sinkId: number): Promise<OutputSinkRow | undefined> {
    const [sink] = await this.db
      .update(outputSinks)
      .set({
        leaseOwner: this.owner,
        leaseUntil: sql`now() + make_interval(secs => ${this.timing.leaseSeconds})`,
      })
      .where(
        and(
          eq(outputSinks.id, sinkId),
          eq(outputSinks.enabled, true),
          or(
            isNull(outputSinks.leaseUntil),
            lt(outputSinks.leaseUntil, sql`now()`),
            eq(outputSinks.leaseOwner, this.owner),
          ),
        ),
      )
      .returning();
    return sink;
  }

  /** Sends the sink's pending messages in order until one fails or none is left. */
  private async drain(sink: OutputSinkRow): Promise<void> {
    const pending = await this.db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.sinkId, sink.id), isNull(outboxMessages.deliveredAt)))
      .orderBy(asc(outboxMessages.id))
      .limit(BATCH);
    for (const message of pending) {
      if (this.stopped) return;
      if (message.nextAttemptAt.getTime() > Date.now()) return;
      try {
        await this.deliver(sink, message);
      } catch (error) {
        await this.failed(sink, message, error instanceof Error ? error.message : String(error));
        return;
      }
      const now = new Date();
      await this.db
        .update(outboxMessages)
        .set({ deliveredAt: now, attempts: message.attempts + 1 })
        .where(eq(outboxMessages.id, message.id));
      await this.db.update(outputSinks).set({ lastSuccessAt: now }).where(eq(outputSinks.id, sink.id));
    }
  }

  private async deliver(sink: OutputSinkRow, message: OutboxMessageRow): Promise<void> {
    const payload = message.payload as unknown as InspectionMessage;
    if (sink.kind === 'webhook') {
      await postWebhook(sink.url, sink.secret, message.idempotencyKey, payload);
    } else {
      const topic = topicFor(
        sink.topicTemplate ?? DEFAULT_TOPIC_TEMPLATE,
        payload.category,
        payload.stationId,
      );
      await this.mqtt.publish(sink.url, topic, payload);
    }
  }

  private async failed(sink: OutputSinkRow, message: OutboxMessageRow, error: string): Promise<void> {
    const delay = Math.min(this.timing.maxBackoffMs, this.timing.backoffMs * 2 ** message.attempts);
    await this.db
      .update(outboxMessages)
      .set({ attempts: message.attempts + 1, nextAttemptAt: new Date(Date.now() + delay) })
      .where(eq(outboxMessages.id, message.id));
    await this.db
      .update(outputSinks)
      .set({ lastError: error.slice(0, 500), lastErrorAt: new Date() })
      .where(eq(outputSinks.id, sink.id));
  }
}
