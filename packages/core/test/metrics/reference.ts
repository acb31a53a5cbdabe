/**
 * Loads the shared metric reference (../shared/reference, never copied into the repo): the 12×32×32
 * scoring problem and the official values computed from it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSafetensors } from '../../src/io/safetensors.ts';
import { REFERENCE_DIR } from '../../src/testing/shared.ts';

/** 1 where `mask` >= 0.5, else 0: the official evaluation's binarisation of a resized mask. */
function binarizeMask(mask: Float32Array): Uint8Array {
  const out = new Uint8Array(mask.length);
  for (let i = 0; i < mask.length; i++) out[i] = (mask[i] as number) >= 0.5 ? 1 : 0;
  return out;
}

export interface MetricsReference {
  readonly maps: Float32Array[];
  readonly masks: Uint8Array[];
  readonly width: number;
  readonly height: number;
  readonly expected: {
    readonly image_score_top_k: number;
    readonly image_scores: number[];
    readonly image_labels: number[];
    readonly image_auroc: number;
    readonly pixel_auroc: number;
    readonly pixel_ap: number;
    readonly iap: number;
    readonly iap90: number;
    readonly 'aupro_0.3': number;
    readonly n_instances_8conn: number;
  };
}

/** Splits an N×H×W tensor into N row-major H×W views. */
function perImage(data: Float32Array, shape: number[]): Float32Array[] {
  const [n = 0, h = 0, w = 0] = shape;
  return Array.from({ length: n }, (_, i) => data.subarray(i * h * w, (i + 1) * h * w));
}

export async function loadMetricsReference(): Promise<MetricsReference> {
  const tensors = await readSafetensors(join(REFERENCE_DIR, 'reference.safetensors'));
  const json = JSON.parse(await readFile(join(REFERENCE_DIR, 'reference.json'), 'utf8'));
  const scores = tensors.get('metrics.scores');
  const masks = tensors.get('metrics.masks');
  if (!scores || !masks) throw new Error('reference.safetensors lacks metrics.scores / metrics.masks');
  const [, height = 0, width = 0] = scores.shape;
  return {
    maps: perImage(scores.data, scores.shape),
    masks: perImage(masks.data, masks.shape).map(binarizeMask),
    width,
    height,
    expected: json.metrics,
  };
}
