/** How the dashboard names threshold methods and policies (schema: ThresholdMethod, ThresholdPolicyKind). */

import { formatPercent } from './format.ts';
import type { ThresholdMethod, ThresholdPolicyKind } from './graphql/generated/graphql.ts';

export const THRESHOLD_METHOD_LABELS: Record<ThresholdMethod, string> = {
  FIXED: 'fixed value',
  F1_MAX: 'best F1 on the test set',
  FALSE_ALARM_RATE: 'target false-alarm rate',
  GOOD_QUANTILE: 'quantile of good scores',
};

export const THRESHOLD_POLICY_KINDS: ThresholdPolicyKind[] = ['F1_MAX', 'FALSE_ALARM_RATE', 'GOOD_QUANTILE'];

/** The `setBy` of thresholds a category's policy set after an evaluation. */
export const AUTO_SETTER = 'auto';

interface MethodWithParameter {
  method: ThresholdMethod;
  targetFalseAlarmRate?: number | null;
  quantile?: number | null;
}

/** "best F1 on the test set", "target false-alarm rate 1.0%", "quantile of good scores 0.99". */
export function describeMethod({ method, targetFalseAlarmRate, quantile }: MethodWithParameter): string {
  const label = THRESHOLD_METHOD_LABELS[method];
  if (method === 'FALSE_ALARM_RATE' && targetFalseAlarmRate != null)
    return `${label} ${formatPercent(targetFalseAlarmRate)}%`;
  if (method === 'GOOD_QUANTILE' && quantile != null) return `${label} ${quantile}`;
  return label;
}

/** A threshold as a verdict names it: "v3 · auto: best F1 on the test set" or "v4 · set by hand: fixed value". */
export function describeThreshold(t: MethodWithParameter & { version: number; setBy: string }): string {
  const origin = t.setBy === AUTO_SETTER ? 'auto' : 'set by hand';
  return `v${t.version} · ${origin}: ${describeMethod(t)}`;
}
