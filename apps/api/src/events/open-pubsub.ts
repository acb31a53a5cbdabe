/** The PubSub a process uses: across processes on PostgreSQL, in-process on the embedded PGlite. */
import type { DatabaseHandle } from '@destseg/db';
import { PostgresPubSub } from './postgres-pubsub.ts';
import { LocalPubSub, type PubSub } from './pubsub.ts';

export async function openPubSub(database: DatabaseHandle, log: (message: string) => void): Promise<PubSub> {
  return database.url ? PostgresPubSub.open(database.url, log) : new LocalPubSub();
}
