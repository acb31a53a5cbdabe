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

/** A CONFIG_INVALID naming the parameter at fault, so callers (the API) can point at the field. */
export class TrainConfigError extends DestsegError {
  constructor(
    readonly param: keyof TrainConfig,
    message: string,
  ) {
    super('CONFIG_INVALID', message);
    this.name = 'TrainConfigError';
  }
}

/**
 * Sane ranges of the numeric parameters: values outside them can only fail or run forever (steps
 * 2147483647, a learning rate of 1e308), so they are refused before a run starts.
 */
export const TRAIN_PARAM_BOUNDS = {
  imageSize: { min: 32, max: 2048, integer: true },
  batchSize: { min: 1, max: 1024, integer: true },
  steps: { min: 1, max: 1_000_000, integer: true },
  checkpointEvery: { min: 1, max: 1_000_000, integer: true },
  lrStudent: { min: 0, max: 10, integer: false },
  lrSegRes: { min: 0, max: 10, integer: false },
  lrSegHead: { min: 0, max: 10, integer: false },
  momentum: { min: 0, max: 1, integer: false },
  weightDecay: { min: 0, max: 1, integer: false },
  focalGamma: { min: 0, max: 10, integer: false },
} as const satisfies Partial<Record<keyof TrainConfig, { min: number; max: number; integer: boolean }>>;

export function resolveTrainConfig(overrides: Partial<TrainConfig>): TrainConfig {
  const config = { ...OFFICIAL_RECIPE, ...stripUndefined(overrides) };
  for (const [key, bounds] of Object.entries(TRAIN_PARAM_BOUNDS) as Array<
    [keyof typeof TRAIN_PARAM_BOUNDS, (typeof TRAIN_PARAM_BOUNDS)[keyof typeof TRAIN_PARAM_BOUNDS]]
  >) {
    const v: unknown = config[key];
    const ok =
      typeof v === 'number' &&
      Number.isFinite(v) &&
      (!bounds.integer || Number.isInteger(v)) &&
      v >= bounds.min &&
      v <= bounds.max;
    if (!ok) {
      const kind = bounds.integer ? 'an integer' : 'a number';
      throw new TrainConfigError(
        key,
        `${key} must be ${kind} in ${bounds.min}..${bounds.max}, got ${String(v)}`,
      );
    }
  }
  if (config.imageSize % 32 !== 0) {
    throw new TrainConfigError(
      'imageSize',
      `imageSize must be a multiple of 32 (ResNet18 strides), got ${config.imageSize}`,
    );
  }
  if (!Number.isInteger(config.stage1Steps) || config.stage1Steps < 0 || config.stage1Steps > config.steps) {
    throw new TrainConfigError(
      'stage1Steps',
      `stage1Steps must be in 0..steps (${config.steps}), got ${config.stage1Steps}`,
    );
  }
  if (!['auto', 'none', 'slight', 'full'].includes(config.augmentation)) {
    throw new TrainConfigError(
      'augmentation',
      `augmentation must be auto, none, slight or full, got ${config.augmentation}`,
    );
  }
  if (!isPerlinScaleRange(config.perlinScaleRange)) {
    throw new TrainConfigError(
      'perlinScaleRange',
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
