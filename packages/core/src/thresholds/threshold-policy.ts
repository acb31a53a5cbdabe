/**
 * Threshold policies: how a decision threshold (verdict = defect when score >= threshold) is picked from the
 * image scores of a labelled test set. Pure functions, shared by `destseg eval` and the API, which applies a
 * category's policy after every evaluation.
 *
 * - `f1_max`: the image-level F1-max point (the evaluation's `imageF1Max.threshold`); needs defective images.
 * - `false_alarm_rate`: the lowest threshold that calls at most `targetFalseAlarmRate` of the good images
 *   defects.
 * - `good_quantile`: the `quantile` of the good images' scores, for a test set of good images only.
 *
 * `f1_max` on a test set without defective images falls back to `good_quantile` at DEFAULT_GOOD_QUANTILE and
 * says so (`fallbackFrom`), so a category with only good parts still gets a threshold.
 */
import { DestsegError } from '../errors.ts';
import { f1Max } from '../metrics/roc.ts';

export const THRESHOLD_POLICY_KINDS = ['f1_max', 'false_alarm_rate', 'good_quantile'] as const;
export type ThresholdPolicyKind = (typeof THRESHOLD_POLICY_KINDS)[number];

export type ThresholdPolicy =
  | { kind: 'f1_max' }
  | { kind: 'false_alarm_rate'; targetFalseAlarmRate: number }
  | { kind: 'good_quantile'; quantile: number };

export const DEFAULT_TARGET_FALSE_ALARM_RATE = 0.01;
export const DEFAULT_GOOD_QUANTILE = 0.99;

/** One test image's score for the output being thresholded and its ground truth. */
export interface LabelledScore {
  score: number;
  defective: boolean;
}

export interface ThresholdPick {
  value: number;
  /** The policy that produced the value (the fallback's, when one applied). */
  policy: ThresholdPolicy;
  /** The policy asked for, when it could not apply and `policy` replaced it. */
  fallbackFrom?: ThresholdPolicyKind;
  goodImages: number;
  defectiveImages: number;
}

/** The policy with its parameter checked: a rate or quantile outside [0, 1] is CONFIG_INVALID. */
export function thresholdPolicy(
  kind: ThresholdPolicyKind,
  param?: { targetFalseAlarmRate?: number | null; quantile?: number | null },
): ThresholdPolicy {
  const inUnitRange = (name: string, value: number) => {
    if (!(value >= 0 && value <= 1)) {
      throw new DestsegError('CONFIG_INVALID', `${name} must be in [0, 1], got ${value}`);
    }
    return value;
  };
  if (kind === 'f1_max') return { kind };
  if (kind === 'false_alarm_rate') {
    const rate = param?.targetFalseAlarmRate ?? DEFAULT_TARGET_FALSE_ALARM_RATE;
    return { kind, targetFalseAlarmRate: inUnitRange('targetFalseAlarmRate', rate) };
  }
  return { kind, quantile: inUnitRange('quantile', param?.quantile ?? DEFAULT_GOOD_QUANTILE) };
}

/**
 * The threshold `policy` picks on these scores. METRIC_UNDEFINED when the scores cannot support it: no good
 * images for a false-alarm rate or a quantile, no images at all.
 */
export function pickThreshold(policy: ThresholdPolicy, scores: readonly LabelledScore[]): ThresholdPick {
  const good = scores.filter((s) => !s.defective).map((s) => s.score);
  const counts = { goodImages: good.length, defectiveImages: scores.length - good.length };
  if (policy.kind === 'f1_max') {
    if (counts.defectiveImages === 0) {
      const fallback = pickThreshold({ kind: 'good_quantile', quantile: DEFAULT_GOOD_QUANTILE }, scores);
      return { ...fallback, fallbackFrom: 'f1_max' };
    }
    const { threshold } = f1Max(
      Float32Array.from(scores, (s) => s.score),
      Uint8Array.from(scores, (s) => (s.defective ? 1 : 0)),
    );
    // f1Max ranks float32 values (its threshold is the evaluation's imageF1Max.threshold). Where rounding went
    // up, the lowest score that rounds to it keeps every image it calls a defect at or above the value.
    const rounded = scores.filter((s) => Math.fround(s.score) === threshold).map((s) => s.score);
    const value = Math.min(threshold as number, ...rounded);
    return { value, policy, ...counts };
  }
  if (good.length === 0) {
    throw new DestsegError(
      'METRIC_UNDEFINED',
      `the ${policy.kind} threshold needs good test images; the test set has none`,
    );
  }
  if (policy.kind === 'false_alarm_rate') {
    return { value: thresholdForFalseAlarmRate(good, policy.targetFalseAlarmRate), policy, ...counts };
  }
  return { value: quantileOf(good, policy.quantile), policy, ...counts };
}

/** What each policy (at its default parameter, unless given) picks on these scores, or why it cannot. */
export function pickEveryPolicy(
  scores: readonly LabelledScore[],
  param?: { targetFalseAlarmRate?: number; quantile?: number },
): Array<{ kind: ThresholdPolicyKind; pick: ThresholdPick | DestsegError }> {
  return THRESHOLD_POLICY_KINDS.map((kind) => {
    try {
      return { kind, pick: pickThreshold(thresholdPolicy(kind, param), scores) };
    } catch (error) {
      if (error instanceof DestsegError) return { kind, pick: error };
      throw error;
    }
  });
}

/**
 * The lowest threshold at which at most `rate` of the good images' scores would be called defects. Scores
 * are float32 values, so a step of 1e-7 above the highest tolerated score separates it from the next.
 */
export function thresholdForFalseAlarmRate(goodScores: readonly number[], rate: number): number {
  const sorted = [...goodScores].sort((a, b) => b - a);
  const allowed = Math.floor(rate * sorted.length + 1e-9);
  if (allowed >= sorted.length) return sorted[sorted.length - 1] as number;
  return (sorted[allowed] as number) + 1e-7;
}

/** The q-quantile with linear interpolation between order statistics (numpy's default method). */
export function quantileOf(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (high - low) * (position - below);
}
