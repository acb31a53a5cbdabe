import assert from 'node:assert/strict';
import { test } from 'node:test';
import { thresholdForFalseAlarmRate } from '@destseg/core';
import { verdictFor } from '../src/services/threshold-rules.ts';

test('false-alarm-rate threshold lets at most rate × n good images through as defects', () => {
  const scores = [0.1, 0.4, 0.3, 0.2];
  for (const [rate, alarms] of [
    [0, 0],
    [0.25, 1],
    [0.5, 2],
    [0.74, 2],
  ] as const) {
    const t = thresholdForFalseAlarmRate(scores, rate);
    assert.equal(scores.filter((s) => verdictFor(s, t) === 'defect').length, alarms, `rate ${rate}`);
  }
  assert.equal(thresholdForFalseAlarmRate(scores, 1), 0.1);
});
