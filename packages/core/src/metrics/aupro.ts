/**
 * AUPRO up to a false-positive-rate limit, reimplementing the arithmetic of anomalib 0.4's `AUPRO`
 * (copied into the official model/metrics.py): for every GT instance a ROC on background ∪ instance,
 * cut at the limit, resampled by point index onto a grid as long as the global ROC's part below the
 * limit, averaged over instances, then trapezoid area / last averaged FPR. Rates and the sums are
 * float32 as in torch, so the same points are kept and cut; the resampling positions are float64
 * (torch's float32 positions move results by ~1e-7).
 *
 * Cost: the background steps are found once; each instance's curve is copied from them in stretches
 * and resampled in one pass over the grid, so the work is O(instances × grid) with no per-pixel walk.
 */
import type { InstanceScores } from './instances.ts';
import { type SplitScores, ThresholdWalker } from './roc.ts';

const FLOAT32_EPS = 2 ** -23;

/** Distinct background scores from the top and the FPR reached at each, up to the first FPR above the limit. */
interface BackgroundSteps {
  /** Descending. */
  readonly values: Float32Array;
  readonly fpr: Float32Array;
  /** The highest background score below the last step; -Infinity when the background ends there. */
  readonly next: number;
}

function backgroundSteps(negatives: Float32Array, limit: number): BackgroundSteps {
  const total = negatives.length;
  const walk = (visit: (step: number, value: number, fpr: number) => void): number => {
    let n = total;
    let step = 0;
    while (n > 0) {
      const value = negatives[n - 1] as number;
      while (n > 0 && negatives[n - 1] === value) n--;
      const fpr = Math.fround((total - n) / total);
      visit(step++, value, fpr);
      if (fpr > limit) break;
    }
    return n;
  };
  let steps = 0;
  walk(() => steps++);
  const values = new Float32Array(steps);
  const fpr = new Float32Array(steps);
  const rest = walk((step, value, rate) => {
    values[step] = value;
    fpr[step] = rate;
  });
  return { values, fpr, next: rest > 0 ? (negatives[rest - 1] as number) : Number.NEGATIVE_INFINITY };
}

/** First index in [from, values.length) whose (descending) value is <= `score`. */
function firstStepAtOrBelow(values: Float32Array, score: number, from: number): number {
  let lo = from;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) > score) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Growable ROC point list (FPR, TPR in float32, as torch holds them) of one instance, reused. */
class RegionCurve {
  fpr = new Float32Array(1024);
  tpr = new Float32Array(1024);
  length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.fpr.length) return;
    const capacity = Math.max(2 * this.fpr.length, this.length + extra);
    const fpr = new Float32Array(capacity);
    const tpr = new Float32Array(capacity);
    fpr.set(this.fpr.subarray(0, this.length));
    tpr.set(this.tpr.subarray(0, this.length));
    this.fpr = fpr;
    this.tpr = tpr;
  }

  private push(fpr: number, tpr: number): void {
    this.reserve(1);
    this.fpr[this.length] = fpr;
    this.tpr[this.length] = tpr;
    this.length++;
  }

  /** Background-only points: a stretch of background steps at a constant TPR. */
  private pushSteps(background: BackgroundSteps, from: number, to: number, tpr: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.fpr.set(background.fpr.subarray(from, to), this.length);
    this.tpr.fill(tpr, this.length, this.length + to - from);
    this.length += to - from;
  }

  /**
   * The ROC of `instance` (ascending scores) against the background: (0,0), then one point per
   * distinct score, down to the last point that still has the first FP count above the limit, which
   * is all that the official truncation can reach.
   */
  build(background: BackgroundSteps, instance: Float32Array): void {
    this.length = 0;
    this.push(0, 0);
    const size = instance.length;
    let c = size;
    let step = 0;
    let tpr = 0;
    // Instance scores tied with or below the first uncut background score fall beyond the cut.
    while (c > 0 && (instance[c - 1] as number) > background.next) {
      const score = instance[c - 1] as number;
      const above = firstStepAtOrBelow(background.values, score, step);
      this.pushSteps(background, step, above, tpr);
      step = above;
      while (c > 0 && instance[c - 1] === score) c--;
      tpr = Math.fround((size - c) / size);
      let fpr = step > 0 ? (background.fpr[step - 1] as number) : 0;
      if (step < background.values.length && background.values[step] === score) {
        fpr = background.fpr[step++] as number; // a background tie joins this point
      }
      this.push(fpr, tpr);
    }
    this.pushSteps(background, step, background.values.length, tpr);
  }
}

/** Number of global ROC points (the leading (0,0) included) with float32 FPR <= limit. */
function globalPointCount(pixels: SplitScores, limit: number): number {
  const negatives = pixels.negatives.length;
  const walker = new ThresholdWalker(pixels);
  let count = 1;
  while (walker.next() && Math.fround(walker.fps / negatives) <= limit) count++;
  return count;
}

/** First index of the non-decreasing `values[0..length)` with a value > `limit` (or >= if `inclusive`). */
function searchRate(values: Float32Array, length: number, limit: number, inclusive: boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = values[mid] as number;
    if (inclusive ? v < limit : v <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Cuts one instance curve at the limit and adds its FPR/TPR, linearly interpolated in point-index
 * space at the grid positions 0..size−1 (the last one moved to where the FPR reaches the limit), into
 * the sums.
 */
function addResampled(curve: RegionCurve, limit: number, fprSum: Float32Array, tprSum: Float32Array): void {
  const { fpr, tpr } = curve;
  const below = searchRate(fpr, curve.length, limit, false); // FPR <= limit: a prefix, at least (0,0)
  // Official edge case: when no point lies in (0, limit] the cut moves to the first FPR above it.
  const kept = fpr[below - 1] === 0 ? curve.length : below;
  const keptMax = fpr[kept - 1] as number;
  // torch.allclose(keptMax, limit): rtol 1e-5, atol 1e-8.
  const interpolate = !(Math.abs(keptMax - limit) <= 1e-8 + 1e-5 * Math.abs(limit));
  // When interpolating, the first point with FPR >= limit is appended and the end point slides
  // back along the last segment to where the FPR equals the limit.
  const extra = interpolate ? searchRate(fpr, curve.length, limit, true) : 0;
  const slope = interpolate
    ? Math.fround(
        1 - ((fpr[extra] as number) - limit) / ((fpr[extra] as number) - (fpr[extra - 1] as number)),
      )
    : 0;
  const listLength = kept + (interpolate ? 1 : 0);
  const pointOf = (k: number): number => (k < kept ? k : extra);
  const maxIndex = Math.max(kept - 1, extra);
  const scale = fprSum.length - 1;
  // The point index, normalised to [0, 1] and stretched over the grid, is the curve's x coordinate.
  const xAt = (k: number): number => (pointOf(k) / maxIndex) * scale;
  const lastX = interpolate
    ? xAt(listLength - 2) + (xAt(listLength - 1) - xAt(listLength - 2)) * slope
    : scale;

  // torch.searchsorted (left) as its binary search runs, valid also on the unsorted edge-case list.
  const lowerBound = (x: number): number => {
    let lo = 0;
    let hi = listLength;
    while (lo < hi) {
      const mid = lo + ((hi - lo) >> 1);
      if (!(xAt(mid) >= x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // anomalib's interp1d: left neighbour = lower bound − 1, clamped to a valid segment.
  const accumulate = (j: number, x: number): void => {
    const k = Math.min(Math.max(lowerBound(x) - 1, 0), listLength - 2);
    const x0 = xAt(k);
    const w = (x - x0) / (FLOAT32_EPS + (xAt(k + 1) - x0));
    const p0 = pointOf(k);
    const p1 = pointOf(k + 1);
    fprSum[j] = (fprSum[j] as number) + (fpr[p0] as number) + ((fpr[p1] as number) - (fpr[p0] as number)) * w;
    tprSum[j] = (tprSum[j] as number) + (tpr[p0] as number) + ((tpr[p1] as number) - (tpr[p0] as number)) * w;
  };

  if (!interpolate || extra >= kept) {
    // The list is 0..listLength−1 in order, x_k = k·scale/maxIndex: the left neighbour of grid
    // position j is found directly.
    const ratio = maxIndex / scale;
    const step = scale / maxIndex;
    const inverseWidth = 1 / (FLOAT32_EPS + step);
    for (let j = 0; j < scale; j++) {
      const k = Math.min(Math.max(Math.ceil(j * ratio) - 1, 0), listLength - 2);
      const w = (j - k * step) * inverseWidth;
      const f0 = fpr[k] as number;
      const t0 = tpr[k] as number;
      fprSum[j] = (fprSum[j] as number) + f0 + ((fpr[k + 1] as number) - f0) * w;
      tprSum[j] = (tprSum[j] as number) + t0 + ((tpr[k + 1] as number) - t0) * w;
    }
  } else {
    for (let j = 0; j < scale; j++) accumulate(j, j);
  }
  accumulate(scale, lastX);
}

/** Stable ascending order of `x`, or null when it is already sorted. */
function stableOrder(x: Float32Array): Uint32Array | null {
  const n = x.length;
  let descent = 1;
  while (descent < n && (x[descent] as number) >= (x[descent - 1] as number)) descent++;
  if (descent >= n) return null;
  const order = new Uint32Array(n);
  if (descent === n - 1) {
    // The usual case: only the last point (slid back to the limit) is out of place. Stability puts it
    // after the points equal to it.
    const last = x[n - 1] as number;
    let at = 0;
    while ((x[at] as number) <= last) at++;
    for (let i = 0; i < n; i++) order[i] = i < at ? i : i === at ? n - 1 : i - 1;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  // Tie-break on the index keeps the sort stable.
  return order.sort((a, b) => (x[a] as number) - (x[b] as number) || a - b);
}

/** Trapezoid area of y over x after a stable sort by x (torchmetrics `auc(..., reorder=True)`). */
function sortedTrapezoid(x: Float32Array, y: Float32Array): number {
  const order = stableOrder(x);
  let area = 0;
  for (let i = 1; i < x.length; i++) {
    const a = order ? (order[i - 1] as number) : i - 1;
    const b = order ? (order[i] as number) : i;
    area += ((x[b] as number) - (x[a] as number)) * ((y[a] as number) + (y[b] as number));
  }
  return area / 2;
}

/**
 * AUPRO normalised by the averaged last FPR (≈ `fprLimit`, in (0, 1)). Null when there is no instance
 * or no background pixel (the official code divides by zero or raises there).
 */
export function aupro(pixels: SplitScores, instances: InstanceScores, fprLimit = 0.3): number | null {
  if (instances.count === 0 || pixels.negatives.length === 0) return null;
  const limit = Math.fround(fprLimit);
  const size = globalPointCount(pixels, limit);
  // float32 sums, as torch accumulates them.
  const fprSum = new Float32Array(size);
  const tprSum = new Float32Array(size);
  const background = backgroundSteps(pixels.negatives, limit);
  const curve = new RegionCurve();
  for (let k = 0; k < instances.count; k++) {
    curve.build(background, instances.values.subarray(instances.offsets[k], instances.offsets[k + 1]));
    addResampled(curve, limit, fprSum, tprSum);
  }
  for (let j = 0; j < size; j++) {
    fprSum[j] = (fprSum[j] as number) / instances.count;
    tprSum[j] = (tprSum[j] as number) / instances.count;
  }
  const value = sortedTrapezoid(fprSum, tprSum) / (fprSum[size - 1] as number);
  return Number.isFinite(value) ? value : null;
}
