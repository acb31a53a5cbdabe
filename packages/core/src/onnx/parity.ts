/**
 * The parity gate's comparison: both engines' maps and scores on the same images, as the relative
 * error max|Δ| / max|reference| per output (the TF.js engine is the reference), against the
 * tolerances an exported model must meet to be published.
 */
import type { MapPrediction } from '../inference/map-predictor.ts';

export const PARITY_TOLERANCE = { map: 1e-4, score: 1e-5 } as const;

export interface ParityErrors {
  segMap: number;
  destMap: number;
  /** The segmentation score's (named `score` in the report files already written). */
  score: number;
  destScore: number;
}

export interface ParityImageResult extends ParityErrors {
  source: string;
  tfjs: { score: number; destScore: number };
  ort: { score: number; destScore: number };
}

export interface ParityResult {
  passed: boolean;
  tolerance: typeof PARITY_TOLERANCE;
  /** The largest error of each output over the images. */
  max: ParityErrors;
  images: ParityImageResult[];
}

/** max|a − b| / max|b|; 0 when both are all zeros. */
export function relativeError(actual: ArrayLike<number>, reference: ArrayLike<number>): number {
  if (actual.length !== reference.length)
    throw new RangeError(`outputs differ in size: ${actual.length} vs ${reference.length}`);
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < reference.length; i++) {
    diff = Math.max(diff, Math.abs((actual[i] as number) - (reference[i] as number)));
    scale = Math.max(scale, Math.abs(reference[i] as number));
  }
  if (Number.isNaN(diff)) return Number.POSITIVE_INFINITY;
  return scale === 0 ? (diff === 0 ? 0 : Number.POSITIVE_INFINITY) : diff / scale;
}

export function compareEngines(
  sources: readonly string[],
  tfjs: readonly MapPrediction[],
  ort: readonly MapPrediction[],
): ParityResult {
  const images = sources.map((source, i): ParityImageResult => {
    const t = tfjs[i] as MapPrediction;
    const o = ort[i] as MapPrediction;
    return {
      source,
      segMap: relativeError(o.segMap, t.segMap),
      destMap: relativeError(o.destMap, t.destMap),
      score: relativeError([o.segScore], [t.segScore]),
      destScore: relativeError([o.destScore], [t.destScore]),
      tfjs: { score: t.segScore, destScore: t.destScore },
      ort: { score: o.segScore, destScore: o.destScore },
    };
  });
  const worst = (key: keyof ParityErrors) => Math.max(0, ...images.map((r) => r[key]));
  const max = {
    segMap: worst('segMap'),
    destMap: worst('destMap'),
    score: worst('score'),
    destScore: worst('destScore'),
  };
  const passed =
    images.length > 0 &&
    max.segMap <= PARITY_TOLERANCE.map &&
    max.destMap <= PARITY_TOLERANCE.map &&
    max.score <= PARITY_TOLERANCE.score &&
    max.destScore <= PARITY_TOLERANCE.score;
  return { passed, tolerance: PARITY_TOLERANCE, max, images };
}
