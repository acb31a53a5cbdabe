/**
 * The webgpu upload patches (device-constants, write-buffer-uploads; both on by default): values read back
 * exactly, shared scalars survive the disposal of the tensors that used them, and a steady-state training
 * step uploads its batch and nothing else. webgpu runs on llvmpipe here and in CI; skipped without an
 * adapter. Losses with the patches are compared against cpu/wasm by parity.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { countWebGPUWork, workBetween } from '../../src/backend/webgpu-counters.ts';
import { benchOptimizers, randomBatch } from '../../src/bench/run-bench.ts';
import { DestsegModel } from '../../src/model/destseg/destseg-model.ts';
import { loadTeacherWeights } from '../../src/model/destseg/teacher-weights.ts';
import { OFFICIAL_RECIPE } from '../../src/train/train-config.ts';
import { stage1Step, stage2Step } from '../../src/train/train-steps.ts';
import { randomValues, selectOrSkip } from '../support/backend-compare.ts';
import { TEACHER_PATH } from '../support/shared.ts';

test('webgpu: uploaded scalars and tensors read back exactly, shared scalars outlive their tensors', async (t) => {
  if (!(await selectOrSkip('webgpu', t))) return;
  const read = countWebGPUWork(tf.backend() as WebGPUBackend);
  const before = tf.memory().numTensors;
  const values = randomValues(5000, 3);
  const big = tf.tensor1d(values);
  // Each expression uploads its constants; the second round reuses the first round's shared buffers.
  const round = async (): Promise<number[]> => {
    const outs = tf.tidy(() => [
      tf.sum(tf.mul(big, 0.1)),
      tf.add(tf.scalar(-0), tf.scalar(0)),
      tf.div(tf.scalar(1), tf.scalar(-0)),
      tf.cast(tf.add(tf.scalar(7, 'int32'), tf.scalar(-3, 'int32')), 'float32'),
      tf.cast(tf.logicalAnd(tf.scalar(true, 'bool'), tf.scalar(false, 'bool')), 'float32'),
    ]);
    const numbers = await Promise.all(outs.map(async (o) => (await o.data())[0] as number));
    tf.dispose(outs);
    return numbers;
  };
  const expectedSum = values.reduce((acc, v) => acc + Math.fround(v * Math.fround(0.1)), 0);
  const first = await round();
  const afterFirst = read();
  const second = await round();
  const afterSecond = read();
  for (const numbers of [first, second]) {
    assert.ok(Math.abs((numbers[0] as number) - expectedSum) < 1e-4, `sum ${numbers[0]} vs ${expectedSum}`);
    assert.deepEqual(numbers.slice(1), [0, -Infinity, 4, 0]);
  }
  assert.deepEqual(Array.from(await big.data()), Array.from(values), 'the 5000 values read back bit for bit');
  assert.equal(workBetween(afterFirst, afterSecond).uploads, 0, 'the second round reuses every constant');
  big.dispose();
  assert.equal(tf.memory().numTensors, before);
});

test('webgpu: a steady-state training step uploads its batch and nothing else, and leaks nothing', async (t) => {
  if (!(await selectOrSkip('webgpu', t))) return;
  const read = countWebGPUWork(tf.backend() as WebGPUBackend);
  const model = DestsegModel.create(await loadTeacherWeights(TEACHER_PATH), 32, 5);
  const optimizers = benchOptimizers(model);
  const batch = randomBatch(32, 2, 5);
  try {
    const steps = {
      stage1: {
        run: () => stage1Step(model.params, optimizers.student, batch),
        bytes: 2 * batch.clean.byteLength,
      },
      stage2: {
        run: () => stage2Step(model.params, optimizers.seg, batch, OFFICIAL_RECIPE.focalGamma),
        bytes: batch.augmented.byteLength + batch.mask.byteLength,
      },
    };
    for (const [name, step] of Object.entries(steps)) {
      await step.run();
      const before = read();
      await step.run();
      const work = workBetween(before, read());
      t.diagnostic(`${name}: ${JSON.stringify(work)}`);
      assert.equal(work.uploads, 2, `${name}: two batch tensors`);
      const byProgram = Object.values(work.byProgram).reduce((a, b) => a + b, 0);
      assert.equal(byProgram, work.dispatches, `${name}: every dispatch is counted under its program`);
      assert.ok((work.byProgram.destsegSgd ?? 0) > 0, `${name}: the multi-tensor SGD dispatches are counted`);
      assert.equal(work.uploadBytes, step.bytes, `${name}: the batch's bytes`);
      // Stock uploads end the open compute pass, about 5 passes per submit; here a pass ends only to submit.
      assert.ok(work.computePasses <= work.submits, `${name}: uploads end no compute pass`);
      const memory = () => tf.memory() as tf.MemoryInfo & { numBytesInGPU: number };
      const { numTensors, numBytesInGPU } = memory();
      await step.run();
      assert.equal(memory().numTensors, numTensors, `${name}: tensors after one more step`);
      assert.equal(memory().numBytesInGPU, numBytesInGPU, `${name}: GPU bytes in use after one more step`);
    }
  } finally {
    optimizers.student.dispose();
    optimizers.seg.dispose();
    model.dispose();
  }
});
