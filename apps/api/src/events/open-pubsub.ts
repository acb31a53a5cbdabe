/**
 * The PubSub a process uses: a Redis Stream when REDIS_URL is set, else the pubsub_events table with NOTIFY
 * on a PostgreSQL database, else (embedded PGlite, one process) in-process. Both cross-process transports
 * deliver every message to a process whose connection was down, for up to 10 minutes (their headers).
 */
import type { DatabaseHandle } from '@destseg/db';
import { PostgresPubSub } from './postgres-pubsub.ts';
import { LocalPubSub, type PubSub } from './pubsub.ts';
import { RedisPubSub } from './redis-pubsub.ts';

export async function openPubSub(
  database: DatabaseHandle,
  log: (message: string) => void,
  redisUrl: string | undefined,
): Promise<PubSub> {
  if (redisUrl) return RedisPubSub.open(redisUrl, log);
  return database.url ? PostgresPubSub.open(database.url, log) : new LocalPubSub();
}
