/**
 * What the cross-process PubSubs (PostgresPubSub, RedisPubSub) share: this process's subscribers fed from a
 * LocalPubSub, messages in the envelope that numbers them (message-envelope.ts), and a close that waits a
 * bounded time for what is still being published before it ends the connections.
 */
import { type Message, MessageReceiver, MessageSender } from './message-envelope.ts';
import { LocalPubSub, type PubSub, type Topics } from './pubsub.ts';

/** How long close() waits for messages still being published (the transport may be gone). */
const CLOSE_FLUSH_MS = 5_000;

export abstract class CrossProcessPubSub implements PubSub {
  private readonly local = new LocalPubSub();
  protected readonly sender = new MessageSender();
  private readonly receiver = new MessageReceiver();
  /** Set once close() stopped waiting for what is being published; nothing is sent or read after. */
  protected closed = false;
  private closing: Promise<void> | null = null;

  protected constructor(protected readonly log: (message: string) => void) {}

  abstract publish<K extends keyof Topics>(topic: K, payload: Topics[K]): void;

  /** Resolves once every message published so far is stored by the transport (or was given up on, logged). */
  abstract flushed(): Promise<void>;

  /** Ends the transport's connections; `flushed`: whether everything published was stored in time. */
  protected abstract disconnect(flushed: boolean): Promise<void>;

  subscribe<K extends keyof Topics>(
    topic: K,
    accept?: (payload: Topics[K]) => boolean,
  ): AsyncIterableIterator<Topics[K]> {
    return this.local.subscribe(topic, accept);
  }

  listen<K extends keyof Topics>(topic: K, listener: (payload: Topics[K]) => void): () => void {
    return this.local.listen(topic, listener);
  }

  /** Waits (a bounded time) for what is being published, then closes the connections. */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  /** Hands a message read from the transport to this process's subscribers (once, however often it was stored). */
  protected deliver(text: string): void {
    let message: Message | null;
    try {
      message = this.receiver.decode(text);
    } catch (error) {
      this.log(`pubsub: unreadable message: ${String(error)}`);
      return;
    }
    if (message) this.local.publish(message.topic, message.payload);
  }

  private async shutdown(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const flushed = await Promise.race([
      this.flushed().then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), CLOSE_FLUSH_MS);
      }),
    ]);
    clearTimeout(timer);
    this.closed = true;
    await this.disconnect(flushed);
  }
}
