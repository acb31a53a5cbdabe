/**
 * Training configuration. Defaults are the official recipe (spec §6); every field can be
 * overridden from the CLI or the API.
 */
import { DestsegError } from '../errors.ts';
import { FAITHFUL_PERLIN_SCALES, MAX_PERLIN_SCALE_EXP, type PerlinScaleRange } from '../synthetic/perlin.ts';

export type AugmentationChoice = 'auto' | 'none' | 'slight' | 'full';

export interface TrainConfig {
  imageSize: number;
  batchSize: number;
  steps: number;
  /** Steps 0..stage1Steps−1 train the student, the rest the segmentation net. */
  stage1Steps: number;
  seed: number;
  lrStudent: number;
  lrSegRes: number;
  lrSegHead: number;
  momentum: number;
  weightDecay: number;
  focalGamma: number;
  /** A checkpoint is written every this many steps (and at the end). */
  checkpointEvery: number;
  /** Rotation augmentation group; 'auto' looks the category name up in the spec's table. */
  augmentation: AugmentationChoice;
  /** Texture folder (DTD layout or any images) for synthetic defects; null = built-in procedural textures. */
  textures: string | null;
  /**
   * Perlin scale exponents [min, max] of the synthetic defects; [0, 5] is the official recipe.
   * Higher exponents give smaller defects, for categories with tiny real defects (docs/RESULTS.md).
   */
  perlinScaleRange: PerlinScaleRange;
}

export const OFFICIAL_RECIPE: TrainConfig = {
  imageSize: 256,
  batchSize: 32,
  steps: 5000,
  stage1Steps: 1000,
  seed: 0,
  lrStudent: 0.4,
  lrSegRes: 0.1,
  lrSegHead: 0.01,
  momentum: 0.9,
  weightDecay: 1e-4,
  focalGamma: 4,
  checkpointEvery: 500,
  augmentation: 'auto',
  textures: null,
  perlinScaleRange: FAITHFUL_PERLIN_SCALES,
};

export function resolveTrainConfig(overrides: Partial<TrainConfig>): TrainConfig {
  const config = { ...OFFICIAL_RECIPE, ...stripUndefined(overrides) };
  const positiveInts: Array<keyof TrainConfig> = ['imageSize', 'batchSize', 'steps', 'checkpointEvery'];
  for (const key of positiveInts) {
    const v = config[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
      throw new DestsegError('CONFIG_INVALID', `${key} must be a positive integer, got ${String(v)}`);
    }
  }
  if (config.imageSize % 32 !== 0) {
    throw new DestsegError(
      'CONFIG_INVALID',
      `imageSize must be a multiple of 32 (ResNet18 strides), got ${config.imageSize}`,
    );
  }
  if (!Number.isInteger(config.stage1Steps) || config.stage1Steps < 0 || config.stage1Steps > config.steps) {
    throw new DestsegError(
      'CONFIG_INVALID',
      `stage1Steps must be in 0..steps (${config.steps}), got ${config.stage1Steps}`,
    );
  }
  for (const key of [
    'lrStudent',
    'lrSegRes',
    'lrSegHead',
    'momentum',
    'weightDecay',
    'focalGamma',
  ] as const) {
    if (!Number.isFinite(config[key]) || config[key] < 0) {
      throw new DestsegError(
        'CONFIG_INVALID',
        `${key} must be a non-negative number, got ${String(config[key])}`,
      );
    }
  }
  if (!['auto', 'none', 'slight', 'full'].includes(config.augmentation)) {
    throw new DestsegError(
      'CONFIG_INVALID',
      `augmentation must be auto, none, slight or full, got ${config.augmentation}`,
    );
  }
  if (!isPerlinScaleRange(config.perlinScaleRange)) {
    throw new DestsegError(
      'CONFIG_INVALID',
      `perlinScaleRange must be two integers 0 ≤ min ≤ max ≤ ${MAX_PERLIN_SCALE_EXP}, got ${JSON.stringify(config.perlinScaleRange)}`,
    );
  }
  return config;
}

/** Checked on `unknown`: API callers send JSON, so the static type is not a guarantee. */
function isPerlinScaleRange(v: unknown): v is PerlinScaleRange {
  if (!Array.isArray(v) || v.length !== 2 || !v.every((e) => Number.isInteger(e))) return false;
  const [min, max] = v as [number, number];
  return min >= 0 && min <= max && max <= MAX_PERLIN_SCALE_EXP;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
