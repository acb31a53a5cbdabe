/**
 * The PubSub a process uses: Redis when REDIS_URL is set, else PostgreSQL NOTIFY on a PostgreSQL
 * database, else (embedded PGlite, one process) in-process.
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
