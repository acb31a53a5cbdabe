/**
 * The JSON an MES receives for each inspection, over MQTT and webhooks alike (documented in
 * docs/DEPLOYMENT.md). It is built when the inspection is stored and kept in the outbox, so every
 * delivery attempt sends the same bytes with the same idempotency key.
 */
import type { CategoryRow, InspectionRow } from '@destseg/db';

export interface InspectionMessage {
  /** Stable per inspection: `inspection-<id>`. Receivers deduplicate on it. */
  idempotencyKey: string;
  inspectionId: number;
  category: string;
  stationId: string | null;
  partId: string | null;
  lotId: string | null;
  verdict: 'ok' | 'defect';
  score: number;
  threshold: number;
  scoreOutput: string;
  modelId: number;
  width: number;
  height: number;
  createdAt: string;
}

export const inspectionKey = (inspectionId: number) => `inspection-${inspectionId}`;

export function inspectionMessage(category: CategoryRow, row: InspectionRow): InspectionMessage {
  return {
    idempotencyKey: inspectionKey(row.id),
    inspectionId: row.id,
    category: category.name,
    stationId: row.stationId,
    partId: row.partId,
    lotId: row.lotId,
    verdict: row.verdict,
    score: row.score,
    threshold: row.thresholdValue,
    scoreOutput: row.scoreOutput,
    modelId: row.modelId,
    width: row.width,
    height: row.height,
    createdAt: row.createdAt.toISOString(),
  };
}
