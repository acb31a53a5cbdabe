/** Row types of each table as drizzle selects them; the GraphQL resolvers map these onto schema types. */
import type * as t from './schema.ts';

export type CategoryRow = typeof t.categories.$inferSelect;
export type DatasetVersionRow = typeof t.datasetVersions.$inferSelect;
export type TrainingRunRow = typeof t.trainingRuns.$inferSelect;
export type LossPointRow = typeof t.lossPoints.$inferSelect;
export type ModelRow = typeof t.models.$inferSelect;
export type EvaluationRow = typeof t.evaluations.$inferSelect;
export type EvaluationMetricRow = typeof t.evaluationMetrics.$inferSelect;
export type EvaluationImageScoreRow = typeof t.evaluationImageScores.$inferSelect;
export type ThresholdRow = typeof t.thresholds.$inferSelect;
export type InspectionRow = typeof t.inspections.$inferSelect;
export type ApiKeyRow = typeof t.apiKeys.$inferSelect;
export type OutputSinkRow = typeof t.outputSinks.$inferSelect;
export type OutboxMessageRow = typeof t.outboxMessages.$inferSelect;
