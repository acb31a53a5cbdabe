import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RECIPE_PRESETS } from '@destseg/core/recipes';
import { expectedRunSeconds } from '../../lib/run-duration.ts';

test('the quick preset is expected to finish, evaluated, within 5 minutes on the demo category', () => {
  // demo-metal: a 64 px model, 17 test images.
  assert.ok(expectedRunSeconds(RECIPE_PRESETS.quick, 64, 17) <= 300);
});

test('stage-2 steps cost more than stage-1 steps; time grows with batch and pixels', () => {
  const base = expectedRunSeconds({ batchSize: 4, steps: 10, stage1Steps: 10 }, 64, 0);
  assert.ok(expectedRunSeconds({ batchSize: 4, steps: 10, stage1Steps: 0 }, 64, 0) > base);
  assert.ok(expectedRunSeconds({ batchSize: 8, steps: 10, stage1Steps: 10 }, 64, 0) > base);
  assert.ok(expectedRunSeconds({ batchSize: 4, steps: 10, stage1Steps: 10 }, 128, 0) > base);
});
