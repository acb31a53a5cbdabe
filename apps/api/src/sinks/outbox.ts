/**
 * The transactional outbox: one message per enabled sink of the category, inserted in the transaction
 * that stores the inspection, so an acknowledged inspection is always delivered (at least once) and an
 * inspection that was not stored never is.
 *
 * The category's enabled sinks are read while the model runs (`enabledSinkIds`), not in the storing
 * transaction: an inspection goes to the sinks that were enabled when its prediction started. A category
 * without sinks (the common case) then stores its inspection in one statement, with no transaction around
 * it; one with sinks stores the row and its messages in one transaction.
 */
import type { CategoryRow, Database, InspectionRow } from '@destseg/db';
import { and, eq, outboxMessages, outputSinks } from '@destseg/db';
import type { JobTransaction } from '../jobs/job-queue.ts';
import { inspectionMessage } from './inspection-message.ts';

/** The ids of the category's enabled sinks (sinks are disabled, never deleted, so an id stays valid). */
export async function enabledSinkIds(db: Database, categoryId: number): Promise<number[]> {
  const sinks = await db
    .select({ id: outputSinks.id })
    .from(outputSinks)
    .where(and(eq(outputSinks.categoryId, categoryId), eq(outputSinks.enabled, true)));
  return sinks.map((sink) => sink.id);
}

/** Queues the inspection's message for each sink; returns how many were queued. */
export async function writeOutbox(
  tx: JobTransaction,
  category: CategoryRow,
  row: InspectionRow,
  sinkIds: readonly number[],
): Promise<number> {
  if (sinkIds.length === 0) return 0;
  const message = inspectionMessage(category, row);
  await tx.insert(outboxMessages).values(
    sinkIds.map((sinkId) => ({
      sinkId,
      inspectionId: row.id,
      idempotencyKey: message.idempotencyKey,
      payload: { ...message },
    })),
  );
  return sinkIds.length;
}
