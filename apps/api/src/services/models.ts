/** Trained models. The newest model of a category (its latest succeeded run) is the one inspections use. */
import { onnxPathFor, readParityReport } from '@destseg/core';
import { type Database, desc, eq, type ModelRow, models } from '@destseg/db';
import type { OnnxExport } from '@destseg/schema';
import { ApiError } from './api-error.ts';

export class ModelService {
  constructor(private readonly db: Database) {}

  async active(categoryId: number): Promise<ModelRow | undefined> {
    const [row] = await this.db
      .select()
      .from(models)
      .where(eq(models.categoryId, categoryId))
      .orderBy(desc(models.id))
      .limit(1);
    return row;
  }

  async requireActive(categoryId: number, categoryName: string): Promise<ModelRow> {
    const model = await this.active(categoryId);
    if (!model) {
      throw new ApiError(
        'NO_TRAINED_MODEL',
        `category '${categoryName}' has no trained model yet: start a training run`,
        ['input', 'category'],
      );
    }
    return model;
  }

  /** The active model of every category that has one (loaded by the API at start). */
  async allActive(): Promise<ModelRow[]> {
    const rows = await this.db.select().from(models).orderBy(desc(models.id));
    const newest = new Map<number, ModelRow>();
    for (const row of rows) if (!newest.has(row.categoryId)) newest.set(row.categoryId, row);
    return [...newest.values()];
  }

  /** The parity report stored beside the model's model.onnx, in the API's shape; null before any export. */
  async onnxExport(model: ModelRow): Promise<OnnxExport | null> {
    // A refused export leaves its report (passed: false) beside the checkpoint, with no onnxPath recorded.
    const report = await readParityReport(model.onnxPath ?? onnxPathFor(model.checkpointPath));
    if (!report) return null;
    return {
      passed: report.passed,
      exportVersion: report.exportVersion,
      imageCount: report.images.length,
      // A non-finite error (an engine gave NaN or ±∞) was written to JSON as null.
      segMapError: finiteOrNull(report.max.segMap),
      destMapError: finiteOrNull(report.max.destMap),
      scoreError: finiteOrNull(report.max.score),
      destScoreError: finiteOrNull(report.max.destScore),
      mapTolerance: report.tolerance.map,
      scoreTolerance: report.tolerance.score,
      createdAt: new Date(report.createdAt),
    };
  }

  /** Records the model.onnx a model got on first use. */
  async recordOnnx(id: number, onnxPath: string): Promise<void> {
    await this.db.update(models).set({ onnxPath }).where(eq(models.id, id));
  }

  async byId(id: number): Promise<ModelRow | undefined> {
    const [row] = await this.db.select().from(models).where(eq(models.id, id)).limit(1);
    return row;
  }
}

function finiteOrNull(value: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
