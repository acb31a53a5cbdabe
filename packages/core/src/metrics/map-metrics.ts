/**
 * Per-category evaluation of anomaly maps against binary GT masks, as the official eval.py reports
 * it (spec §8), plus F1-max. Works on flat typed arrays: every pixel score is held once more, split by
 * label and sorted, and the instance labelling takes one Int32 per pixel, so ~16M pixels need a few
 * hundred MB.
 *
 * A metric is `null` when it is undefined for the data, never NaN: AUROC without both classes (all
 * normal or all defective), pixel AP / IAP / AUPRO / F1 without any defect pixel, AUPRO without a
 * normal pixel.
 */
import { DestsegError } from '../errors.ts';
import { aupro } from './aupro.ts';
import { labelComponents } from './connected-components.ts';
import { instanceAveragePrecision } from './iap.ts';
import { imageScore } from './image-score.ts';
import { groupInstanceScores } from './instances.ts';
import { aurocOfSplit, averagePrecisionOfSplit, type F1Max, f1MaxOfSplit, splitByLabel } from './roc.ts';

export interface EvaluateInput {
  /** One H×W row-major anomaly map per test image (higher = more anomalous). */
  readonly maps: readonly Float32Array[];
  /** The matching binary GT masks (non-zero = defect), already resized and thresholded. */
  readonly masks: readonly Uint8Array[];
  /** Values averaged into the image score (official T = 100). */
  readonly topK?: number;
  /** Map size; when omitted the maps must be square. */
  readonly width?: number;
  readonly height?: number;
}

export interface MetricReport {
  /** ROC AUC of the top-K image scores against image labels (label = max of the mask). */
  readonly imageAuroc: number | null;
  readonly pixelAuroc: number | null;
  /** Step-wise average precision over all pixels. */
  readonly pixelAp: number | null;
  /** Instance average precision (8-connected GT instances). */
  readonly iap: number | null;
  /** Precision at instance recall >= 0.9. */
  readonly iap90: number | null;
  /** Area under the per-region-overlap curve up to FPR 0.3, normalised. */
  readonly aupro: number | null;
  readonly imageF1Max: F1Max;
  readonly pixelF1Max: F1Max;
}

function mapSize(input: EvaluateInput): { width: number; height: number } {
  const first = input.maps[0];
  if (input.width !== undefined && input.height !== undefined)
    return { width: input.width, height: input.height };
  if (first === undefined) return { width: 0, height: 0 }; // no maps: every metric comes out null
  const side = Math.round(Math.sqrt(first.length));
  if (side * side !== first.length) {
    throw new DestsegError('CONFIG_INVALID', 'width and height are required for non-square anomaly maps');
  }
  return { width: side, height: side };
}

export function evaluateMaps(input: EvaluateInput): MetricReport {
  const { maps, masks, topK = 100 } = input;
  if (maps.length !== masks.length) {
    throw new DestsegError('DATASET_INVALID', `got ${maps.length} anomaly maps but ${masks.length} masks`);
  }
  const { width, height } = mapSize(input);
  for (let i = 0; i < maps.length; i++) {
    if ((maps[i] as Float32Array).length !== width * height) {
      throw new DestsegError('DATASET_INVALID', `anomaly map ${i} is not ${width}×${height}`);
    }
  }

  const imageScores = new Float32Array(maps.length);
  const imageLabels = new Uint8Array(maps.length);
  for (let i = 0; i < maps.length; i++) {
    imageScores[i] = imageScore(maps[i] as Float32Array, topK);
    imageLabels[i] = (masks[i] as Uint8Array).some((v) => v !== 0) ? 1 : 0;
  }
  const images = splitByLabel([imageScores], [imageLabels]);
  const pixels = splitByLabel(maps, masks);
  const instances = groupInstanceScores(maps, labelComponents(masks, width, height));
  const iap = instanceAveragePrecision(instances, pixels);

  return {
    imageAuroc: aurocOfSplit(images),
    pixelAuroc: aurocOfSplit(pixels),
    pixelAp: averagePrecisionOfSplit(pixels),
    iap: iap?.iap ?? null,
    iap90: iap?.iapAtRecall ?? null,
    aupro: aupro(pixels, instances),
    imageF1Max: f1MaxOfSplit(images),
    pixelF1Max: f1MaxOfSplit(pixels),
  };
}
