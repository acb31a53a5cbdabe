/**
 * The envelope of a message that crosses processes: the publishing PubSub instance and its sequence number
 * travel with the topic and payload, so a receiver drops a message it already delivered. A publisher retries
 * a write whose answer it lost with the connection (PostgreSQL) and ioredis resends such a command: the
 * message may then be stored twice, and is still delivered once.
 */
import { randomUUID } from 'node:crypto';
import { decodePayload, encodePayload } from './payload-codec.ts';
import type { Topics } from './pubsub.ts';

export interface Message {
  topic: keyof Topics;
  payload: never;
}

interface Envelope extends Message {
  /** The publishing PubSub instance. */
  p?: string;
  /** Its sequence number, from 1. */
  s?: number;
}

/** Encodes what one PubSub instance publishes, numbering its messages. */
export class MessageSender {
  private readonly id = randomUUID();
  private sequence = 0;

  encode<K extends keyof Topics>(topic: K, payload: Topics[K]): string {
    return encodePayload({ p: this.id, s: ++this.sequence, topic, payload });
  }
}

/** Decodes messages in the order they were stored; a publisher's message already seen decodes to null. */
export class MessageReceiver {
  private readonly last = new Map<string, number>();

  decode(text: string): Message | null {
    const { p, s, topic, payload } = decodePayload(text) as Envelope;
    if (typeof p === 'string' && typeof s === 'number') {
      if (s <= (this.last.get(p) ?? 0)) return null;
      this.last.set(p, s);
    }
    return { topic, payload };
  }
}
