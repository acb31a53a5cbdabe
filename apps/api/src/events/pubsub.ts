/**
 * Publish/subscribe for GraphQL subscriptions: the PubSub interface every publisher and subscriber uses, and
 * its in-process implementation. Each subscriber gets its own async iterator with an unbounded buffer, so a
 * slow WebSocket client never makes a publisher wait. Across processes, PostgresPubSub or RedisPubSub carry
 * the same messages (open-pubsub.ts).
 */
import type { EvaluationRow, InspectionRow, TrainingRunRow } from '@destseg/db';
import type { TrainingProgressEvent } from '@destseg/schema';

export interface Topics {
  trainingProgress: TrainingProgressEvent;
  trainingRunUpdated: TrainingRunRow;
  inspectionCreated: InspectionRow;
  /** The category travels along because an evaluation row names only its model. */
  evaluationCreated: { evaluation: EvaluationRow; categoryId: number };
  /** An API key was revoked: its open WebSocket connections are closed. */
  apiKeyRevoked: { id: number };
}

type Listener<T> = (payload: T) => void;

export interface PubSub {
  publish<K extends keyof Topics>(topic: K, payload: Topics[K]): void;
  /** Starts buffering at once (before the first `next()`), so nothing published after the call is lost. */
  subscribe<K extends keyof Topics>(
    topic: K,
    accept?: (payload: Topics[K]) => boolean,
  ): AsyncIterableIterator<Topics[K]>;
  /** Calls `listener` with every payload of `topic` until the returned function is called. */
  listen<K extends keyof Topics>(topic: K, listener: (payload: Topics[K]) => void): () => void;
  close(): Promise<void>;
}

/** Subscribers and publishers in one process. */
export class LocalPubSub implements PubSub {
  private readonly listeners = new Map<keyof Topics, Set<Listener<never>>>();

  publish<K extends keyof Topics>(topic: K, payload: Topics[K]): void {
    for (const listener of this.listeners.get(topic) ?? []) (listener as Listener<Topics[K]>)(payload);
  }

  /** Calls `listener` synchronously with every payload of `topic` until the returned function is called. */
  listen<K extends keyof Topics>(topic: K, listener: (payload: Topics[K]) => void): () => void {
    let set = this.listeners.get(topic);
    if (!set) {
      set = new Set();
      this.listeners.set(topic, set);
    }
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  /** Starts buffering at once (before the first `next()`), so nothing published after the call is lost. */
  subscribe<K extends keyof Topics>(
    topic: K,
    accept: (payload: Topics[K]) => boolean = () => true,
  ): AsyncIterableIterator<Topics[K]> {
    const buffer: Topics[K][] = [];
    let wake: (() => void) | null = null;
    let closed = false;
    const listener: Listener<Topics[K]> = (payload) => {
      if (!accept(payload)) return;
      buffer.push(payload);
      wake?.();
    };
    const unlisten = this.listen(topic, listener);
    const close = () => {
      closed = true;
      unlisten();
      wake?.();
    };
    const iterator: AsyncIterableIterator<Topics[K]> = {
      async next() {
        while (buffer.length === 0 && !closed) await new Promise<void>((r) => (wake = r));
        wake = null;
        const value = buffer.shift();
        return value === undefined ? { done: true, value: undefined } : { done: false, value };
      },
      async return() {
        close();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  async close(): Promise<void> {}
}
