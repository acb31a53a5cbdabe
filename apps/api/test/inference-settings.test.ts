/**
 * How many predictor workers a model gets and how many onnxruntime threads each: sessions of at most 4
 * threads, as many as fill the cores; either can be set.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inferenceSettingsFrom } from '../src/config.ts';

test('predictor workers × onnxruntime threads fill the cores, sessions of at most 4 threads', () => {
  const by = (cores: number) => inferenceSettingsFrom({}, cores);
  assert.deepEqual(by(1), { predictorWorkers: 1, ortThreads: 1 });
  assert.deepEqual(by(2), { predictorWorkers: 1, ortThreads: 2 });
  assert.deepEqual(by(4), { predictorWorkers: 1, ortThreads: 4 });
  assert.deepEqual(by(8), { predictorWorkers: 2, ortThreads: 4 });
  assert.deepEqual(by(16), { predictorWorkers: 4, ortThreads: 4 });
  assert.deepEqual(by(6), { predictorWorkers: 2, ortThreads: 3 });
});

test('DESTSEG_PREDICTOR_WORKERS and DESTSEG_ORT_THREADS override either, and are checked', () => {
  assert.deepEqual(inferenceSettingsFrom({ DESTSEG_PREDICTOR_WORKERS: '2' }, 2), {
    predictorWorkers: 2,
    ortThreads: 1,
  });
  assert.deepEqual(inferenceSettingsFrom({ DESTSEG_ORT_THREADS: '3' }, 16), {
    predictorWorkers: 4,
    ortThreads: 3,
  });
  assert.throws(() => inferenceSettingsFrom({ DESTSEG_PREDICTOR_WORKERS: '0' }, 2), /positive integer/);
  assert.throws(() => inferenceSettingsFrom({ DESTSEG_ORT_THREADS: 'many' }, 2), {
    code: 'CONFIG_INVALID',
    message: "DESTSEG_ORT_THREADS must be a positive integer, got 'many'",
  });
});
