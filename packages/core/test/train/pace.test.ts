import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Pace, STAGE2_STEP_COST } from '../../src/train/pace.ts';

test('during stage 1 the ETA counts stage-2 steps as slower ones', () => {
  const pace = new Pace();
  pace.record(1, 2);
  pace.record(1, 4);
  // 10 stage-1 steps at 3 s, 20 stage-2 steps at 3 s × the stage-2 cost.
  assert.ok(Math.abs(pace.etaSeconds(10, 20) - (10 * 3 + 20 * 3 * STAGE2_STEP_COST)) < 1e-9);
  assert.ok(STAGE2_STEP_COST > 1);
});

test('once stage 2 is timed, its own pace counts', () => {
  const pace = new Pace();
  pace.record(1, 2);
  pace.record(2, 7);
  assert.equal(pace.etaSeconds(0, 5), 35);
  assert.equal(new Pace().etaSeconds(3, 3), 0);
});
