/**
 * Numerical parity of the whole engine across backends: the same seeded tiny model (32 px, batch 2) and
 * batch give the same inference maps, stage-1 loss and stage-2 losses on cpu, wasm and webgpu (llvmpipe
 * here and in CI; skipped without an adapter), within relative 1e-3.
 *
 * Every value comes from the freshly initialised model: inference, then a stage-2 step (it changes only
 * the segmentation net), then a stage-1 step (its loss is computed before its update). Values after an
 * update are no parity check at this size: with batch 2 the deepest BatchNorms normalise 2 values per
 * channel, which amplifies float rounding differences to a few percent in one lr-0.4 step.
 * The cpu backend takes minutes for a stage-2 step even at 32 px, so stage 2 is compared between wasm
 * and webgpu; wasm's stage-2 losses matched cpu's within 2e-6 when measured once by hand.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { type ConcreteBackend, selectBackend } from '../../src/backend/select-backend.ts';
import { benchOptimizers, inferMaps, randomBatch } from '../../src/bench/run-bench.ts';
import { DestsegModel } from '../../src/model/destseg/destseg-model.ts';
import { loadTeacherWeights, type TeacherWeights } from '../../src/model/destseg/teacher-weights.ts';
import { OFFICIAL_RECIPE } from '../../src/train/train-config.ts';
import { stage1Step, stage2Step } from '../../src/train/train-steps.ts';
import { relativeError, selectOrSkip } from '../support/backend-compare.ts';
import { TEACHER_PATH } from '../support/shared.ts';

const TOLERANCE = 1e-3;
const SIZE = 32;
const BATCH = 2;
const SEED = 7;

interface Outcome {
  seg: Float32Array;
  dest: Float32Array;
  cosine: number;
  /** Stage-2 losses; not computed on cpu (see above). */
  focal?: number;
  l1?: number;
}

let teacher: Promise<TeacherWeights> | undefined;

/** Inference, a stage-2 step (unless skipped) and a stage-1 step of the fresh model, on the active backend. */
async function runEngine(stage2: boolean): Promise<Outcome> {
  teacher ??= loadTeacherWeights(TEACHER_PATH);
  const model = DestsegModel.create(await teacher, SIZE, SEED);
  const optimizers = benchOptimizers(model);
  const batch = randomBatch(SIZE, BATCH, SEED);
  try {
    const maps = await inferMaps(model, batch);
    const losses = stage2
      ? await stage2Step(model.params, optimizers.seg, batch, OFFICIAL_RECIPE.focalGamma)
      : {};
    const { cosine } = await stage1Step(model.params, optimizers.student, batch);
    return { ...maps, cosine: cosine as number, ...losses };
  } finally {
    optimizers.student.dispose();
    optimizers.seg.dispose();
    model.dispose();
  }
}

let reference: Promise<Outcome> | undefined;
/** wasm's outcome, the reference for webgpu's stage-2 losses. */
let wasmOutcome: Outcome | undefined;

function cpuReference(): Promise<Outcome> {
  reference ??= selectBackend('cpu', () => {}).then(() => runEngine(false));
  return reference;
}

test('cpu: the seeded tiny model infers and trains to finite values', async () => {
  const ref = await cpuReference();
  assert.ok(Number.isFinite(ref.cosine) && ref.cosine > 0, `cosine loss ${ref.cosine}`);
  assert.ok(
    ref.seg.every((v) => v > 0 && v < 1),
    'segmentation map outside (0, 1)',
  );
  assert.ok(ref.dest.every(Number.isFinite), 'DeST map not finite');
});

for (const backend of ['wasm', 'webgpu'] as ConcreteBackend[]) {
  test(`${backend}: same losses and maps as cpu within ${TOLERANCE}`, async (t) => {
    const ref = await cpuReference();
    if (!(await selectOrSkip(backend, t))) return;
    const before = tf.memory().numTensors;
    const started = performance.now();
    const got = await runEngine(true);
    t.diagnostic(`${backend}: inference and two steps in ${(performance.now() - started).toFixed(0)} ms`);
    assert.equal(tf.memory().numTensors, before, 'tensors leaked');
    const check = (key: keyof Outcome, expected: Outcome | undefined, against: string) => {
      if (expected === undefined) return;
      const error = relativeError(got[key] as number | Float32Array, expected[key] as number | Float32Array);
      t.diagnostic(`${key} vs ${against}: relative error ${error.toExponential(2)}`);
      assert.ok(error <= TOLERANCE, `${key} vs ${against}: relative error ${error.toExponential(2)}`);
    };
    for (const key of ['seg', 'dest', 'cosine'] as const) check(key, ref, 'cpu');
    for (const key of ['focal', 'l1'] as const)
      check(key, backend === 'wasm' ? undefined : wasmOutcome, 'wasm');
    if (backend === 'wasm') {
      for (const value of [got.focal, got.l1]) assert.ok(Number.isFinite(value), 'stage-2 loss not finite');
      wasmOutcome = got;
    }
  });
}
