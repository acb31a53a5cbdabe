import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDestsegError } from '../../src/errors.ts';
import { f1Max } from '../../src/metrics/roc.ts';
import {
  DEFAULT_GOOD_QUANTILE,
  pickEveryPolicy,
  pickThreshold,
  quantileOf,
  thresholdForFalseAlarmRate,
  thresholdPolicy,
} from '../../src/thresholds/threshold-policy.ts';

const good = (...scores: number[]) => scores.map((score) => ({ score, defective: false }));
const bad = (...scores: number[]) => scores.map((score) => ({ score, defective: true }));
const flagged = (scores: readonly number[], threshold: number) => scores.filter((s) => s >= threshold).length;

test('false-alarm-rate threshold lets at most rate × n good images through as defects', () => {
  const scores = [0.1, 0.4, 0.3, 0.2];
  for (const [rate, alarms] of [
    [0, 0],
    [0.25, 1],
    [0.5, 2],
    [0.74, 2],
    [1, 4],
  ] as const) {
    assert.equal(flagged(scores, thresholdForFalseAlarmRate(scores, rate)), alarms, `rate ${rate}`);
  }
  assert.equal(thresholdForFalseAlarmRate(scores, 1), 0.1);
});

test('f1_max picks the image F1-max point of the test set', () => {
  // The hole defect at 0.4977 sits below the default 0.5 but above every good image.
  const scores = [...good(0.1, 0.2, 0.3, 0.45), ...bad(0.4977, 0.6, 0.9)];
  const pick = pickThreshold({ kind: 'f1_max' }, scores);
  assert.equal(pick.value, 0.4977);
  // Float32 scores (the engine's) give exactly the evaluation's image F1-max threshold.
  const f32 = scores.map((s) => ({ ...s, score: Math.fround(s.score) }));
  assert.equal(
    pickThreshold({ kind: 'f1_max' }, f32).value,
    f1Max(
      Float32Array.from(f32, (s) => s.score),
      Uint8Array.from(f32, (s) => (s.defective ? 1 : 0)),
    ).threshold,
  );
  assert.deepEqual([pick.goodImages, pick.defectiveImages, pick.fallbackFrom], [4, 3, undefined]);
  assert.equal(flagged([0.4977, 0.6, 0.9], pick.value), 3);
  assert.equal(flagged([0.1, 0.2, 0.3, 0.45], pick.value), 0);
});

test('f1_max without defective images falls back to the good-score quantile and says so', () => {
  const scores = good(0.1, 0.2, 0.3, 0.4, 0.5);
  const pick = pickThreshold({ kind: 'f1_max' }, scores);
  assert.equal(pick.fallbackFrom, 'f1_max');
  assert.deepEqual(pick.policy, { kind: 'good_quantile', quantile: DEFAULT_GOOD_QUANTILE });
  assert.equal(pick.value, quantileOf([0.1, 0.2, 0.3, 0.4, 0.5], DEFAULT_GOOD_QUANTILE));
});

test('good_quantile interpolates linearly between order statistics (numpy default)', () => {
  const values = [0.4, 0.1, 0.3, 0.2];
  assert.equal(quantileOf(values, 0), 0.1);
  assert.equal(quantileOf(values, 1), 0.4);
  // position 0.5 · 3 = 1.5: halfway between 0.2 and 0.3
  assert.ok(Math.abs(quantileOf(values, 0.5) - 0.25) < 1e-12);
  const pick = pickThreshold({ kind: 'good_quantile', quantile: 0.5 }, [...good(...values), ...bad(0.9)]);
  assert.ok(Math.abs(pick.value - 0.25) < 1e-12);
  assert.deepEqual([pick.goodImages, pick.defectiveImages], [4, 1]);
});

test('false_alarm_rate and good_quantile need good images; bad parameters are CONFIG_INVALID', () => {
  for (const kind of ['false_alarm_rate', 'good_quantile'] as const) {
    assert.throws(
      () => pickThreshold(thresholdPolicy(kind), bad(0.5, 0.7)),
      (e) => isDestsegError(e) && e.code === 'METRIC_UNDEFINED',
    );
  }
  assert.throws(
    () => thresholdPolicy('false_alarm_rate', { targetFalseAlarmRate: 1.5 }),
    (e) => isDestsegError(e) && e.code === 'CONFIG_INVALID',
  );
  assert.throws(
    () => thresholdPolicy('good_quantile', { quantile: -0.1 }),
    (e) => isDestsegError(e) && e.code === 'CONFIG_INVALID',
  );
  assert.throws(
    () => thresholdPolicy('good_quantile', { quantile: Number.NaN }),
    (e) => isDestsegError(e) && e.code === 'CONFIG_INVALID',
  );
});

test('pickEveryPolicy reports each policy, errors included', () => {
  const picks = pickEveryPolicy(bad(0.5, 0.7), { quantile: 0.9 });
  assert.deepEqual(
    picks.map(({ kind, pick }) => [kind, isDestsegError(pick) ? pick.code : pick.value]),
    [
      ['f1_max', 0.5],
      ['false_alarm_rate', 'METRIC_UNDEFINED'],
      ['good_quantile', 'METRIC_UNDEFINED'],
    ],
  );
});
