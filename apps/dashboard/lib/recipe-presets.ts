/**
 * The start-run form's check of its parameters. The presets it starts from are the engine's
 * (`@destseg/core/recipes`: RECIPE_PRESETS, RunParams); the quick one's duration is lib/run-duration.ts's.
 */
import type { RunParams } from '@destseg/core/recipes';

export type RunParamsForm = RunParams;

/** Checks what the engine would reject, so the form can say so before a round trip. */
export function runParamsProblems(params: RunParamsForm): string[] {
  const problems: string[] = [];
  for (const key of ['batchSize', 'steps', 'checkpointEvery'] as const) {
    if (!Number.isInteger(params[key]) || params[key] <= 0)
      problems.push(`${key} must be a positive whole number`);
  }
  if (!Number.isInteger(params.stage1Steps) || params.stage1Steps < 0 || params.stage1Steps > params.steps) {
    problems.push('stage1Steps must be between 0 and steps');
  }
  if (!Number.isInteger(params.seed) || params.seed < 0)
    problems.push('seed must be a non-negative whole number');
  return problems;
}
