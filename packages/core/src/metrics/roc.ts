/**
 * Sort-based binary ROC / PR building blocks for millions of scores. Scores are split by label into two
 * ascending Float32Arrays (native typed-array sort: fast, 4 bytes per value, no index arrays), then
 * walked from the top in merged order so that equal scores form one threshold, as sklearn and
 * torchmetrics group ties.
 */
import { DestsegError } from '../errors.ts';

export interface SplitScores {
  /** Scores of the positive samples, ascending. */
  readonly positives: Float32Array;
  /** Scores of the negative samples, ascending. */
  readonly negatives: Float32Array;
}

export interface F1Max {
  /** Best F1 over all thresholds; null when there are no positives. */
  readonly f1: number | null;
  /** Score at which it is reached (predict defect when score >= threshold); null with f1. */
  readonly threshold: number | null;
}

/** Splits chunked scores by their labels (non-zero = positive) and sorts both parts ascending. */
export function splitByLabel(scores: readonly Float32Array[], labels: readonly Uint8Array[]): SplitScores {
  if (scores.length !== labels.length) {
    throw new DestsegError(
      'DATASET_INVALID',
      `got ${scores.length} score arrays but ${labels.length} label arrays`,
    );
  }
  let positiveCount = 0;
  let total = 0;
  for (let c = 0; c < scores.length; c++) {
    const s = scores[c] as Float32Array;
    const l = labels[c] as Uint8Array;
    if (s.length !== l.length) {
      throw new DestsegError(
        'DATASET_INVALID',
        `score array ${c} has ${s.length} values but its labels have ${l.length}`,
      );
    }
    for (let i = 0; i < l.length; i++) if (l[i] !== 0) positiveCount++;
    total += s.length;
  }
  const positives = new Float32Array(positiveCount);
  const negatives = new Float32Array(total - positiveCount);
  let p = 0;
  let n = 0;
  for (let c = 0; c < scores.length; c++) {
    const s = scores[c] as Float32Array;
    const l = labels[c] as Uint8Array;
    for (let i = 0; i < s.length; i++) {
      const v = s[i] as number;
      // NaN has no place in a ranking; the official code would silently mis-rank it.
      if (Number.isNaN(v)) throw new DestsegError('METRIC_UNDEFINED', `score ${i} of array ${c} is NaN`);
      if (l[i] !== 0) positives[p++] = v;
      else negatives[n++] = v;
    }
  }
  positives.sort();
  negatives.sort();
  return { positives, negatives };
}

/**
 * Walks the distinct scores from the highest down. After each `next()`, `tps` / `fps` count the
 * positives / negatives with score >= `threshold`: one point of the ROC or PR curve per distinct score.
 */
export class ThresholdWalker {
  threshold = Number.POSITIVE_INFINITY;
  tps = 0;
  fps = 0;
  private p: number;
  private n: number;
  private readonly positives: Float32Array;
  private readonly negatives: Float32Array;

  constructor(split: SplitScores) {
    this.positives = split.positives;
    this.negatives = split.negatives;
    this.p = split.positives.length;
    this.n = split.negatives.length;
  }

  /** Moves to the next lower distinct score; false once every score has been passed. */
  next(): boolean {
    const pos = this.positives;
    const neg = this.negatives;
    let p = this.p;
    let n = this.n;
    if (p === 0 && n === 0) return false;
    let top: number;
    if (p === 0) top = neg[n - 1] as number;
    else if (n === 0) top = pos[p - 1] as number;
    else top = Math.max(pos[p - 1] as number, neg[n - 1] as number);
    while (p > 0 && pos[p - 1] === top) p--;
    while (n > 0 && neg[n - 1] === top) n--;
    this.p = p;
    this.n = n;
    this.tps = pos.length - p;
    this.fps = neg.length - n;
    this.threshold = top;
    return true;
  }
}

/**
 * Trapezoidal ROC AUC with ties grouped (equal to sklearn `roc_auc_score`). Null when one class is
 * missing. The area is summed in integer counts, exact in float64 up to 2^53 = P·N·2.
 */
export function aurocOfSplit(split: SplitScores): number | null {
  const positives = split.positives.length;
  const negatives = split.negatives.length;
  if (positives === 0 || negatives === 0) return null;
  const walker = new ThresholdWalker(split);
  let area = 0;
  let prevTps = 0;
  let prevFps = 0;
  while (walker.next()) {
    area += (walker.fps - prevFps) * (walker.tps + prevTps);
    prevTps = walker.tps;
    prevFps = walker.fps;
  }
  return area / (2 * positives * negatives);
}

/**
 * Step-wise average precision Σ(Rₙ−Rₙ₋₁)·Pₙ without interpolation (sklearn `average_precision_score`).
 * Null when there are no positives.
 */
export function averagePrecisionOfSplit(split: SplitScores): number | null {
  const positives = split.positives.length;
  if (positives === 0) return null;
  const walker = new ThresholdWalker(split);
  let sum = 0;
  let prevTps = 0;
  while (walker.next()) {
    if (walker.tps !== prevTps) sum += ((walker.tps - prevTps) * walker.tps) / (walker.tps + walker.fps);
    prevTps = walker.tps;
  }
  return sum / positives;
}

/**
 * Maximum F1 over all thresholds, F1 = 2·TP / (TP + FP + P). On equal F1 the highest threshold wins.
 * Null fields when there are no positives.
 */
export function f1MaxOfSplit(split: SplitScores): F1Max {
  const positives = split.positives.length;
  if (positives === 0) return { f1: null, threshold: null };
  const walker = new ThresholdWalker(split);
  let best = -1;
  let threshold = Number.NaN;
  while (walker.next()) {
    const f1 = (2 * walker.tps) / (walker.tps + walker.fps + positives);
    if (f1 > best) {
      best = f1;
      threshold = walker.threshold;
    }
  }
  return { f1: best, threshold };
}

/** F1-max and its threshold for one score array. */
export function f1Max(scores: Float32Array, labels: Uint8Array): F1Max {
  return f1MaxOfSplit(splitByLabel([scores], [labels]));
}

/** Number of values >= `value` in an ascending array (binary search for the lower bound). */
export function countAtLeast(ascending: Float32Array, value: number): number {
  let lo = 0;
  let hi = ascending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ascending[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return ascending.length - lo;
}
