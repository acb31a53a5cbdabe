/** Readable names of the engine's training parameters (core's TrainConfig), as forms and tables show them. */

const PARAM_LABELS: Record<string, string> = {
  imageSize: 'Image size (px)',
  batchSize: 'Batch size',
  steps: 'Steps',
  stage1Steps: 'Stage-1 steps',
  seed: 'Seed',
  checkpointEvery: 'Checkpoint every',
  lrStudent: 'Student learning rate',
  lrSegRes: 'Segmentation residual learning rate',
  lrSegHead: 'Segmentation head learning rate',
  momentum: 'Momentum',
  weightDecay: 'Weight decay',
  focalGamma: 'Focal loss gamma',
  augmentation: 'Rotation augmentation',
  textures: 'Defect textures',
  perlinScaleRange: 'Defect Perlin scales',
};

/** "Stage-1 steps" for stage1Steps; an unknown key in words ("maxGradNorm" → "Max grad norm"). */
export function paramLabel(key: string): string {
  const known = PARAM_LABELS[key];
  if (known) return known;
  const words = key
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A parameter value as text: numbers as given, ranges as "2–5", anything else as JSON. */
export function formatParamValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number'))
    return `${value[0]}–${value[1]}`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The parameter keys in a stable order: the labelled ones as listed above, then the rest alphabetically. */
export function orderParamKeys(keys: Iterable<string>): string[] {
  const known = Object.keys(PARAM_LABELS);
  const rank = (key: string) => {
    const i = known.indexOf(key);
    return i === -1 ? known.length : i;
  };
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
