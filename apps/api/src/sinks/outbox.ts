/**
 * The transactional outbox: one message per enabled sink of the category, inserted in the transaction
 * that stores the inspection, so an acknowledged inspection is always delivered (at least once) and an
 * inspection that was not stored never is.
 */
import type { CategoryRow, InspectionRow } from '@destseg/db';
import { and, eq, outboxMessages, outputSinks } from '@destseg/db';
import type { JobTransaction } from '../jobs/job-queue.ts';
import { inspectionMessage } from './inspection-message.ts';

export async function writeOutbox(
  tx: JobTransaction,
  category: CategoryRow,
  row: InspectionRow,
): Promise<number> {
  const sinks = await tx
    .select({ id: outputSinks.id })
    .from(outputSinks)
    .where(and(eq(outputSinks.categoryId, category.id), eq(outputSinks.enabled, true)));
  if (sinks.length === 0) return 0;
  const message = inspectionMessage(category, row);
  await tx.insert(outboxMessages).values(
    sinks.map((sink) => ({
      sinkId: sink.id,
      inspectionId: row.id,
      idempotencyKey: message.idempotencyKey,
      payload: { ...message },
    })),
  );
  return sinks.length;
}
