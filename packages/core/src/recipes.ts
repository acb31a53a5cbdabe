/**
 * The training presets a run form offers and the threshold that applies before any is set, for the API and
 * the dashboard alike (`@destseg/core/recipes`). Browser-safe: this module and what it imports use neither
 * TF.js nor Node (test/recipes.test.ts checks the import graph).
 *
 * "official" is the DeSTSeg recipe (the engine's defaults); "quick" is a short run for checking a new
 * category end to end before committing hours: 20 student and 20 segmentation steps at batch 4, about 4
 * minutes with its evaluation on 2 idle CPU cores, and the demo category, scored by the fused output,
 * reaches image AUROC 1.0 (the segmentation output alone needs more stage-2 steps: 0.85 there;
 * docs/RESULTS.md). Image size is a property of the category, not of a run.
 */
import { OFFICIAL_RECIPE } from './train/train-config.ts';

/** The run parameters a preset sets. */
export interface RunParams {
  batchSize: number;
  steps: number;
  stage1Steps: number;
  seed: number;
  checkpointEvery: number;
}

export const RECIPE_PRESETS = {
  official: {
    batchSize: OFFICIAL_RECIPE.batchSize,
    steps: OFFICIAL_RECIPE.steps,
    stage1Steps: OFFICIAL_RECIPE.stage1Steps,
    seed: OFFICIAL_RECIPE.seed,
    checkpointEvery: OFFICIAL_RECIPE.checkpointEvery,
  },
  quick: { batchSize: 4, steps: 40, stage1Steps: 20, seed: 0, checkpointEvery: 20 },
} as const satisfies Record<string, RunParams>;

export type RecipePresetName = keyof typeof RECIPE_PRESETS;

/** Score at or above which an image is called a defect when no threshold was set for the model. */
export const DEFAULT_THRESHOLD = 0.5;
