/**
 * One optimisation step of each stage (spec §6). Stage 1 trains the student on Ia against the
 * teacher's clean features; stage 2 trains the segmentation net on the frozen student's features
 * (the official code lets gradients reach the student and discards them: the same thing).
 * The stage-1 segmentation forward of the official code is skipped: its output is unused and its
 * BatchNorms are in eval mode, so it changes nothing.
 */
import * as tf from '@tensorflow/tfjs';
import { cosineLoss, downsampleMask } from '../model/destseg/loss.ts';
import { frozenFeatures, segInput, trainingForward } from '../model/destseg/network.ts';
import { type ForwardContext, trainContext } from '../model/forward-context.ts';
import type { ParamStore } from '../model/param-store.ts';
import { updateRunningStats } from '../ops/batch-norm.ts';
import { segLosses } from '../ops/seg-losses.ts';
import type { TrainBatch } from './batch-source.ts';
import type { SgdMomentum } from './sgd.ts';

export interface StepLosses {
  cosine?: number;
  focal?: number;
  l1?: number;
}

function images(b: TrainBatch, which: 'clean' | 'augmented'): tf.Tensor4D {
  return tf.tensor4d(b[which], [b.count, b.size, b.size, 3]);
}

/**
 * One optimiser step on `lossFn`, which returns the loss to minimise and the values to report
 * (kept past the gradient tape); those are read back in a single device sync.
 */
async function optimise(
  p: ParamStore,
  optimizer: SgdMomentum,
  ctx: ForwardContext,
  lossFn: (report: (values: tf.Tensor1D) => void) => tf.Scalar,
): Promise<number[]> {
  let reported: tf.Tensor1D | undefined;
  const { value, grads } = tf.variableGrads(
    () => lossFn((values) => (reported = tf.keep(values.clone()))),
    optimizer.variables(),
  );
  optimizer.step(grads);
  updateRunningStats(p, ctx.stats);
  const out = reported as tf.Tensor1D;
  const numbers = Array.from(await out.data());
  tf.dispose([value, out, ...Object.values(grads)]);
  return numbers;
}

export async function stage1Step(
  p: ParamStore,
  optimizer: SgdMomentum,
  batch: TrainBatch,
): Promise<StepLosses> {
  const clean = images(batch, 'clean');
  const augmented = images(batch, 'augmented');
  const target = tf.tidy(() => frozenFeatures(p, clean, 'teacher').teacher);
  const ctx = trainContext();
  const [cosine] = await optimise(p, optimizer, ctx, (report) => {
    const loss = cosineLoss(trainingForward(p, 1, augmented, ctx), target);
    report(tf.reshape(loss, [1]));
    return loss;
  });
  tf.dispose([clean, augmented, ...target]);
  return { cosine };
}

/**
 * The segmentation net's input and target from the teacher's and the (eval-mode) student's features of
 * Ia and the full-size mask M: concat_k up(−l2n(T_k)⊙l2n(S_k)), and M downsampled to the map size.
 */
export function stage2Inputs(
  teacherFeats: tf.Tensor4D[],
  studentFeats: tf.Tensor4D[],
  mask: tf.Tensor4D,
): { input: tf.Tensor4D; target: tf.Tensor4D } {
  return tf.tidy(() => {
    const input = segInput(teacherFeats, studentFeats);
    return { input, target: downsampleMask(mask, input.shape[1], input.shape[2]) };
  });
}

/**
 * One segmentation-net step on a prepared input and target: the net in train mode, focal + L1, gradients,
 * the SGD step of `optimizer` and the running-stat update.
 */
export async function stage2Update(
  p: ParamStore,
  optimizer: SgdMomentum,
  input: tf.Tensor4D,
  target: tf.Tensor4D,
  focalGamma: number,
): Promise<StepLosses> {
  const ctx = trainContext();
  const [focal, l1] = await optimise(p, optimizer, ctx, (report) => {
    const losses = segLosses(trainingForward(p, 2, input, ctx), target, focalGamma);
    report(losses);
    return tf.sum(losses);
  });
  return { focal, l1 };
}

export async function stage2Step(
  p: ParamStore,
  optimizer: SgdMomentum,
  batch: TrainBatch,
  focalGamma: number,
): Promise<StepLosses> {
  const { input, target } = tf.tidy(() => {
    const augmented = images(batch, 'augmented');
    const mask = tf.tensor4d(batch.mask, [batch.count, batch.size, batch.size, 1]);
    const features = frozenFeatures(p, augmented, 'teacher+student');
    return stage2Inputs(features.teacher, features.student, mask);
  });
  const losses = await stage2Update(p, optimizer, input, target, focalGamma);
  tf.dispose([input, target]);
  return losses;
}
