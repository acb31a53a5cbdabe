/**
 * One stage-2 training step against the official DeSTSeg code (../shared/reference/stage2-step.*, see its
 * README): the official segmentation net before the step and the teacher/student features of two 64 px
 * images go through the trainer's own stage-2 functions (segmentation input, net in train mode, mask
 * downsampling, focal + L1, gradients, SGD with the official parameter groups, running statistics).
 *
 * Tolerances (relative): seg input/output 1e-4, mask exact, losses 1e-5; gradients' L2 norms and sums
 * 1e-3, and the norms of the tensors after the step 1e-3 (a zero-initialised bias is its step alone).
 * A tensor's relative error is its largest absolute difference over its largest reference magnitude. A gradient's sum is compared relative to
 * √n·‖g‖, the largest |sum| a gradient of that norm can have: sums of BatchNorm-bias gradients cancel to
 * ~1e-7 of their terms, where |Δsum|/|sum| measures only float rounding.
 *
 * Element-wise gradients (first 32 values in torch layout, full small tensors) and the values after the
 * step are held to 3e-2, not 1e-3: in this step one pre-ReLU value of the head BatchNorm (channel 156)
 * lies within float32 rounding of 0, and which side it falls on moves every gradient upstream of it by
 * up to ~2 % of its largest value (one pixel's share). A float64 re-computation of the step gave the
 * official values within 4e-5 and ours within 2.4e-2, with every output-side gradient (out conv, head
 * BatchNorm weight, head conv channel 0) within 6e-6; the forward, the losses, the norms and the sums agree.
 * Moving that channel's bias by +1e-5 (the tied value onto the official side) brings the gradient norms
 * to 1.4e-4, the sums to 9.5e-5 and the element-wise gradients from 2.4e-2 to 5e-3 (9e-3 over full small
 * tensors): what is left comes from other pre-ReLU values near 0 upstream, float32 summation order again.
 *
 * Why no engine change can close the element-wise gap (traced in session 7): the step has several
 * pre-ReLU values within float32 resolution of 0 — head BatchNorm channel 156 (+3.5e-6) and 146 (-3.8e-6),
 * res.1 channel 220 (+1.7e-6), ASPP rate-12 channel 122 (+4.9e-8 when computed from the features, but
 * -2.1e-7 from PyTorch's own float32 seg_input): their sign is decided below float32 resolution, and the
 * official code's own float32 run and its float64 recomputation disagree on some of them. TF.js convolutions
 * accumulate serially (pre-ReLU error 1e-5 to 2.4e-5 against float64); splitting K into 32 partial sums
 * (a blocked order like oneDNN's) brings wasm's element-wise error to 7.8e-4 but webgpu's only to 6.7e-3,
 * and costs 32 extra convolutions per layer. Even exactly rounded convolution sums flip head channel 146,
 * because the image-pooling branch's BatchNorm normalises over 2 values and amplifies its input ~300×. So
 * no float32 summation order guarantees the official side of every tie; the element-wise rows keep 3e-2,
 * every aggregate (forward, losses, gradient norms and sums, norms after the step) holds the issue's
 * tolerance, and the 3-seed comparison in docs/RESULTS.md measures the training outcome instead.
 *
 * Gradients are read from the optimiser: after its first step the velocity is g + wd·w_before.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type TestContext, test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import type { ConcreteBackend } from '../../src/backend/select-backend.ts';
import { readSafetensors, type SafeTensor } from '../../src/io/safetensors.ts';
import { defineSegmentationNet, segmentationNet } from '../../src/model/destseg/segmentation-net.ts';
import { ParamStore } from '../../src/model/param-store.ts';
import type { BatchStats } from '../../src/ops/batch-norm.ts';
import { Rng } from '../../src/random/rng.ts';
import { segmentationOptimizer } from '../../src/train/optimizers.ts';
import { OFFICIAL_RECIPE } from '../../src/train/train-config.ts';
import { stage2Inputs, stage2Update } from '../../src/train/train-steps.ts';
import { relativeError, selectOrSkip } from '../support/backend-compare.ts';
import { REFERENCE_DIR } from '../support/shared.ts';
import {
  activationFromTorch,
  activationToTorchOrder,
  ourSegName,
  parameterFromTorch,
  parameterToTorchOrder,
} from '../support/torch-layout.ts';

interface GradSummary {
  shape: number[];
  l2: number;
  sum: number;
  first32: number[];
}

interface AfterSummary {
  l2: number;
  first32: number[];
}

interface StepJson {
  focal: number;
  l1: number;
  recipe: { lr_res: number; lr_seghead: number; momentum: number; weight_decay: number; gamma: number };
  grad_summary: Record<string, GradSummary>;
  after_summary: Record<string, AfterSummary>;
}

const TOL = {
  activation: 1e-4,
  loss: 1e-5,
  gradient: 1e-3,
  /** Element-wise gradients and values after the step: see above (one ReLU within rounding of 0). */
  elementwise: 3e-2,
} as const;

/** The largest relative error per compared item, and every comparison over its tolerance. */
class Comparison {
  readonly worst = new Map<string, { error: number; name: string }>();
  readonly failures: string[] = [];

  check(item: string, name: string, error: number, tolerance: number): void {
    const worst = this.worst.get(item);
    if (!worst || !(error <= worst.error)) this.worst.set(item, { error, name });
    if (!(error <= tolerance))
      this.failures.push(`${item} ${name}: relative error ${error.toExponential(2)}`);
  }
}

function scalarError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

function l2(values: Float32Array): number {
  let s = 0;
  for (const v of values) s += v * v;
  return Math.sqrt(s);
}

function sum(values: Float32Array): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

function required(tensors: Map<string, SafeTensor>, name: string): SafeTensor {
  const t = tensors.get(name);
  assert.ok(t, `stage2-step.safetensors lacks ${name}`);
  return t;
}

async function loadGolden() {
  const tensors = await readSafetensors(join(REFERENCE_DIR, 'stage2-step.safetensors'));
  const json = JSON.parse(await readFile(join(REFERENCE_DIR, 'stage2-step.json'), 'utf8')) as StepJson;
  return { tensors, json };
}

type Golden = Awaited<ReturnType<typeof loadGolden>>;

/** Our segmentation net holding the official weights and running statistics from before the step. */
function officialSegNet(tensors: Map<string, SafeTensor>): ParamStore {
  const p = new ParamStore();
  defineSegmentationNet(p, new Rng(0));
  const assigned = new Set<string>();
  for (const [key, t] of tensors) {
    if (!key.startsWith('before.')) continue;
    const name = ourSegName(key.slice('before.'.length));
    const variable = p.get(name) as tf.Variable;
    const value = parameterFromTorch(t);
    assert.deepEqual(value.shape, variable.shape, `${key} → ${name}: shape`);
    variable.assign(value);
    value.dispose();
    assigned.add(name);
  }
  const missing = [...p.trainable.keys(), ...p.buffers.keys()].filter((n) => !assigned.has(n));
  assert.deepEqual(missing, [], 'every parameter of our segmentation net has an official value');
  return p;
}

/** Runs the golden step on the active backend and compares every item. */
async function compareGoldenStep({ tensors, json }: Golden): Promise<Comparison> {
  const c = new Comparison();
  const p = officialSegNet(tensors);
  const features = (who: 'teacher' | 'student') =>
    [1, 2, 3].map((k) => activationFromTorch(required(tensors, `features.${who}.${k}`)));
  const teacherFeats = features('teacher');
  const studentFeats = features('student');
  const mask = activationFromTorch(required(tensors, 'input.mask'));
  const { input, target } = stage2Inputs(teacherFeats, studentFeats, mask);
  tf.dispose([...teacherFeats, ...studentFeats, mask]);

  c.check(
    'seg_input',
    'seg_input',
    relativeError(await activationToTorchOrder(input), required(tensors, 'seg_input').data),
    TOL.activation,
  );
  const targetValues = await activationToTorchOrder(target);
  const expectedMask = required(tensors, 'mask.seg_size').data;
  const maskMismatches = targetValues.filter((v, i) => v !== expectedMask[i]).length;
  c.check('mask.seg_size', 'values differing', maskMismatches, 0);

  const stats: BatchStats[] = [];
  const output = tf.tidy(() => segmentationNet(p, input, { training: true, stats }));
  c.check(
    'seg_output',
    'seg_output',
    relativeError(await activationToTorchOrder(output), required(tensors, 'seg_output').data),
    TOL.activation,
  );
  tf.dispose([output, ...stats.flatMap((s) => [s.mean, s.variance])]);

  const before = await p.toArrays();
  const recipe = {
    ...OFFICIAL_RECIPE,
    lrSegRes: json.recipe.lr_res,
    lrSegHead: json.recipe.lr_seghead,
    momentum: json.recipe.momentum,
    weightDecay: json.recipe.weight_decay,
  };
  assert.deepEqual(
    [recipe.lrSegRes, recipe.lrSegHead, recipe.momentum, recipe.weightDecay, recipe.focalGamma],
    [
      OFFICIAL_RECIPE.lrSegRes,
      OFFICIAL_RECIPE.lrSegHead,
      OFFICIAL_RECIPE.momentum,
      OFFICIAL_RECIPE.weightDecay,
      json.recipe.gamma,
    ],
    'the reference used the official recipe',
  );
  const optimizer = segmentationOptimizer(p, OFFICIAL_RECIPE);
  const losses = await stage2Update(p, optimizer, input, target, OFFICIAL_RECIPE.focalGamma);
  tf.dispose([input, target]);
  c.check('focal', 'focal', scalarError(losses.focal as number, json.focal), TOL.loss);
  c.check('l1', 'l1', scalarError(losses.l1 as number, json.l1), TOL.loss);

  const velocity = await optimizer.toArrays();
  optimizer.dispose();
  for (const [torchName, expected] of Object.entries(json.grad_summary)) {
    const name = ourSegName(`seg.${torchName}`);
    const v = velocity[name];
    const w = before[name];
    assert.ok(v && w, `${name} was optimised`);
    const g = parameterToTorchOrder(
      v.data.map((x, i) => x - OFFICIAL_RECIPE.weightDecay * (w.data[i] as number)),
      v.shape,
    );
    c.check('grad l2', torchName, scalarError(l2(g), expected.l2), TOL.gradient);
    c.check(
      'grad sum',
      torchName,
      Math.abs(sum(g) - expected.sum) / (Math.sqrt(g.length) * expected.l2),
      TOL.gradient,
    );
    c.check(
      'grad first32',
      torchName,
      relativeError(g.subarray(0, 32), Float32Array.from(expected.first32)),
      TOL.elementwise,
    );
    const full = tensors.get(`grad.seg.${torchName}`);
    if (full) c.check('grad full', torchName, relativeError(g, full.data), TOL.elementwise);
  }

  const after = await p.toArrays();
  for (const [torchName, expected] of Object.entries(json.after_summary)) {
    const name = ourSegName(torchName);
    const a = after[name];
    const b = before[name];
    assert.ok(a && b, `${name} exists`);
    const got = parameterToTorchOrder(a.data, a.shape);
    const was = parameterToTorchOrder(b.data, b.shape);
    const full = tensors.get(`after.seg.${torchName.slice('seg.'.length)}`);
    const expectedValues = full ? full.data : Float32Array.from(expected.first32);
    const n = expectedValues.length;
    c.check('after l2', torchName, scalarError(l2(got), expected.l2), TOL.gradient);
    c.check('after values', torchName, relativeError(got.subarray(0, n), expectedValues), TOL.elementwise);
    const change = got.subarray(0, n).map((x, i) => x - (was[i] as number));
    const expectedChange = expectedValues.map((x, i) => x - (was[i] as number));
    c.check('after change', torchName, relativeError(change, expectedChange), TOL.elementwise);
  }
  p.dispose();
  return c;
}

let golden: Promise<Golden> | undefined;

async function goldenStepOn(backend: ConcreteBackend, t: TestContext): Promise<void> {
  if (!(await selectOrSkip(backend, t))) return;
  golden ??= loadGolden();
  const before = tf.memory().numTensors;
  const c = await compareGoldenStep(await golden);
  for (const [item, { error, name }] of c.worst) {
    t.diagnostic(`${backend} ${item}: max relative error ${error.toExponential(2)} (${name})`);
  }
  assert.deepEqual(c.failures, [], 'every item within its tolerance');
  assert.equal(tf.memory().numTensors, before, 'no tensor left behind');
}

// cpu is left out: its conv gradients take minutes here (wasm runs the same written-out tfjs ops).
for (const backend of ['wasm', 'webgpu'] as ConcreteBackend[]) {
  test(`a stage-2 step on ${backend} matches the official one value for value`, (t) =>
    goldenStepOn(backend, t));
}
