import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RECIPE_PRESETS } from '@destseg/core/recipes';
import { runParamsProblems } from '../../lib/recipe-presets.ts';

test('both presets are valid as they stand', () => {
  assert.deepEqual(runParamsProblems(RECIPE_PRESETS.official), []);
  assert.deepEqual(runParamsProblems(RECIPE_PRESETS.quick), []);
});

test('stage-1 steps beyond the total and zero batches are reported', () => {
  const problems = runParamsProblems({ ...RECIPE_PRESETS.quick, batchSize: 0, stage1Steps: 400 });
  assert.equal(problems.length, 2);
});
