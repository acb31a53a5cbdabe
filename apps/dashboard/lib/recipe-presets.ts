/**
 * Training parameter presets for the start-run form. "official" is the DeSTSeg recipe (the engine's
 * defaults); "quick" is a short run for checking a new category end to end before committing hours:
 * 20 student and 20 segmentation steps at batch 4: about 4 minutes with its evaluation on 2 idle CPU cores
 * (lib/run-duration.ts), and the demo category, scored by the fused output, reaches image AUROC 1.0 (the
 * segmentation output alone needs more stage-2 steps: 0.85 here; docs/RESULTS.md).
 * Image size is a property of the category, not of a run.
 */
export interface RunParamsForm {
  batchSize: number;
  steps: number;
  stage1Steps: number;
  seed: number;
  checkpointEvery: number;
}

export const RECIPE_PRESETS = {
  official: { batchSize: 32, steps: 5000, stage1Steps: 1000, seed: 0, checkpointEvery: 500 },
  quick: { batchSize: 4, steps: 40, stage1Steps: 20, seed: 0, checkpointEvery: 20 },
} as const satisfies Record<string, RunParamsForm>;

export type RecipePresetName = keyof typeof RECIPE_PRESETS;

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
