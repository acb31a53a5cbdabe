/** A small GraphQL client for tests: real HTTP POSTs, and graphql-ws subscriptions over a real WebSocket. */
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

// biome-ignore lint/suspicious/noExplicitAny: tests read response data by path, without generated operation types.
type Untyped = Record<string, any>;

export interface GraphqlResponse<T = Untyped> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export async function gql<T = Untyped>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  key?: string,
): Promise<GraphqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as Omit<GraphqlResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** `gql` for benches and scripts: the data, or an error naming the GraphQL errors. */
export async function gqlData<T = Untyped>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await gql<T>(url, query, variables);
  if (res.errors || !res.data) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export function wsClient(url: string, key?: string): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: key ? { authorization: `Bearer ${key}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** Collects a subscription's messages; `next(predicate)` waits for the first one that matches. */
export class Subscription<T = Untyped> {
  readonly received: T[] = [];
  private waiters: Array<() => void> = [];
  error: unknown = null;
  completed = false;
  private readonly dispose: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown> = {}) {
    this.dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (msg) => {
          if (msg.errors) this.error = msg.errors;
          if (msg.data) this.received.push(msg.data as T);
          this.wake();
        },
        error: (error) => {
          this.error = error;
          this.wake();
        },
        complete: () => {
          this.completed = true;
          this.wake();
        },
      },
    );
  }

  async waitFor(predicate: (msg: T) => boolean, timeoutMs = 120_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(predicate);
      if (found) return found;
      if (this.error) throw new Error(`subscription failed: ${describe(this.error)}`);
      if (this.completed) throw new Error('subscription completed before the expected message');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; received ${JSON.stringify(this.received).slice(0, 500)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.dispose();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

/** A WebSocket CloseEvent stringifies to {}; its code and reason are what a test wants to see. */
function describe(error: unknown): string {
  const close = error as { code?: unknown; reason?: unknown };
  return typeof close.code === 'number'
    ? `closed ${close.code} ${String(close.reason)}`
    : JSON.stringify(error);
}
