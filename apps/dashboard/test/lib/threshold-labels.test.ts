import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeMethod, describeThreshold } from '../../lib/threshold-labels.ts';

test('methods read with their parameter', () => {
  assert.equal(describeMethod({ method: 'F1_MAX' }), 'best F1 on the test set');
  assert.equal(
    describeMethod({ method: 'FALSE_ALARM_RATE', targetFalseAlarmRate: 0.01 }),
    'target false-alarm rate 1.0%',
  );
  assert.equal(describeMethod({ method: 'GOOD_QUANTILE', quantile: 0.99 }), 'quantile of good scores 0.99');
});

test('a threshold says whether the policy or a person set it', () => {
  assert.equal(
    describeThreshold({ version: 3, setBy: 'auto', method: 'F1_MAX' }),
    'v3 · auto: best F1 on the test set',
  );
  assert.equal(
    describeThreshold({ version: 4, setBy: 'localhost', method: 'FIXED' }),
    'v4 · set by hand: fixed value',
  );
});
