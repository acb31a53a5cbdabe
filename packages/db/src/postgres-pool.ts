/**
 * The node-postgres pool the platform uses, with one repair: a client whose connection ends while it is checked
 * out goes back to the pool (which drops it) even when its borrower never releases it.
 *
 * drizzle's node-postgres `transaction()` does not release its client when `BEGIN` itself fails, which is what
 * happens when the pool hands out an idle connection whose backend was just terminated (a failover, a
 * restart) before the client has read the termination notice. The leaked client holds a pool slot forever, and
 * `pool.end()` waits for it forever, so the server could no longer stop.
 */
import pg from 'pg';

type ConnectCallback = (
  error: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

export class PostgresPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | undefined {
    // The callback form is pg-pool's own `pool.query()`, which always releases; only borrowers get the guard.
    if (callback) {
      super.connect(callback);
      return undefined;
    }
    return super.connect().then(releaseWhenConnectionEnds);
  }
}

function releaseWhenConnectionEnds(client: pg.PoolClient): pg.PoolClient {
  const release = client.release;
  let releasedOnEnd = false;
  const onEnd = () => {
    releasedOnEnd = true;
    release(new Error('connection ended while checked out'));
  };
  // Registered in the microtask that hands the client out, so no socket event can come in between.
  client.once('end', onEnd);
  client.release = (error?: Error | boolean) => {
    client.off('end', onEnd);
    // The borrower's own release after the guard's is a no-op; any other double release still throws.
    if (!releasedOnEnd) release(error);
  };
  return client;
}
