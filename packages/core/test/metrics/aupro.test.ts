import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aupro } from '../../src/metrics/aupro.ts';
import { labelComponents } from '../../src/metrics/connected-components.ts';
import { groupInstanceScores } from '../../src/metrics/instances.ts';
import { splitByLabel } from '../../src/metrics/roc.ts';

/** AUPRO of one 1×n map with the given defect flags. */
function auproOf(scores: number[], defects: number[]): number | null {
  const map = Float32Array.from(scores);
  const mask = Uint8Array.from(defects);
  const instances = groupInstanceScores([map], labelComponents([mask], scores.length, 1));
  return aupro(splitByLabel([map], [mask]), instances);
}

test('an instance above all background: the curve reaches TPR 1 at FPR 0, AUPRO 1', () => {
  // Background 0.9..0.0 gives FPR steps of 0.1; 0.3 is hit exactly, so nothing is interpolated.
  const background = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0];
  const value = auproOf([1, ...background], [1, ...background.map(() => 0)]);
  assert.ok(Math.abs((value as number) - 1) < 1e-6, `${value}`);
});

test('the end point is interpolated at FPR 0.3 and the curve resampled by point index', () => {
  // Points (0,0) (.25,0) (.25,.5) | (.5,.5): grid of 3; instance list of 4 points, x = 0, 2/3, 4/3, 2,
  // end point slid back by 1 − (.5−.3)/(.5−.25) = 0.2. Resampled: (0,0) (.25,.25) (.3,.5).
  // Area .25·.25/2 + .05·.75/2 = .05, over .3.
  const value = auproOf([0.8, 0.7, 0.1, 0.6, 0.4, 0.2], [0, 1, 1, 0, 0, 0]);
  assert.ok(Math.abs((value as number) - 1 / 6) < 1e-6, `${value}`);
});

test('official edge case: no ROC point in (0, 0.3] moves the cut to the first FPR above it', () => {
  // Background fully tied below the instance: points (0,0) (0,1) (1,1); resampled to (0,0) (~1,1).
  const value = auproOf([0.9, 0.5, 0.5, 0.5, 0.5], [1, 0, 0, 0, 0]);
  assert.ok(Math.abs((value as number) - 0.5) < 1e-6, `${value}`);
});

test('null without instances or without background', () => {
  assert.equal(auproOf([0.1, 0.2], [0, 0]), null);
  assert.equal(auproOf([0.1, 0.2], [1, 1]), null);
});
