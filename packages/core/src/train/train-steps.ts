/**
 * One optimisation step of each stage (spec §6). Stage 1 trains the student on Ia against the
 * teacher's clean features; stage 2 trains the segmentation net on the frozen student's features
 * (the official code lets gradients reach the student and discards them: the same thing).
 * The stage-1 segmentation forward of the official code is skipped: its output is unused and its
 * BatchNorms are in eval mode, so it changes nothing.
 */
import * as tf from '@tensorflow/tfjs';
import { cosineLoss, downsampleMask, focalLoss, l1Loss } from '../model/destseg/loss.ts';
import { segInput, student, teacher } from '../model/destseg/network.ts';
import { segmentationNet } from '../model/destseg/segmentation-net.ts';
import { type BatchStats, BN_MOMENTUM } from '../model/layers.ts';
import type { ParamStore } from '../model/param-store.ts';
import type { ForwardContext } from '../model/resnet.ts';
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

/** running ← (1 − momentum)·running + momentum·batch, then frees the batch statistics. */
export function updateRunningStats(p: ParamStore, stats: BatchStats[]): void {
  tf.tidy(() => {
    for (const s of stats) {
      const mean = p.get(`${s.name}.running_mean`) as tf.Variable;
      const variance = p.get(`${s.name}.running_var`) as tf.Variable;
      mean.assign(tf.add(tf.mul(mean, 1 - BN_MOMENTUM), tf.mul(s.mean, BN_MOMENTUM)));
      variance.assign(tf.add(tf.mul(variance, 1 - BN_MOMENTUM), tf.mul(s.unbiasedVar, BN_MOMENTUM)));
    }
  });
  for (const s of stats) tf.dispose([s.mean, s.unbiasedVar]);
}

async function optimise(
  p: ParamStore,
  optimizer: SgdMomentum,
  ctx: ForwardContext,
  lossFn: () => tf.Scalar,
): Promise<number> {
  const { value, grads } = tf.variableGrads(lossFn, optimizer.variables());
  optimizer.step(grads);
  updateRunningStats(p, ctx.stats);
  const loss = (await value.data())[0] as number;
  tf.dispose([value, ...Object.values(grads)]);
  return loss;
}

export async function stage1Step(
  p: ParamStore,
  optimizer: SgdMomentum,
  batch: TrainBatch,
): Promise<StepLosses> {
  const clean = images(batch, 'clean');
  const augmented = images(batch, 'augmented');
  const target = tf.tidy(() => teacher(p, clean));
  const ctx: ForwardContext = { training: true, stats: [] };
  const cosine = await optimise(p, optimizer, ctx, () => cosineLoss(student(p, augmented, ctx), target));
  tf.dispose([clean, augmented, ...target]);
  return { cosine };
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
    const evalCtx: ForwardContext = { training: false, stats: [] };
    const x = segInput(teacher(p, augmented), student(p, augmented, evalCtx));
    return { input: x, target: downsampleMask(mask, x.shape[1], x.shape[2]) };
  });
  const ctx: ForwardContext = { training: true, stats: [] };
  let parts: { focal: tf.Scalar; l1: tf.Scalar } | undefined;
  await optimise(p, optimizer, ctx, () => {
    const pred = segmentationNet(p, input, ctx);
    const focal = focalLoss(pred, target, focalGamma);
    const l1 = l1Loss(pred, target);
    parts = { focal: tf.keep(focal.clone()), l1: tf.keep(l1.clone()) };
    return tf.add(focal, l1) as tf.Scalar;
  });
  const losses = parts as { focal: tf.Scalar; l1: tf.Scalar };
  const [focal, l1] = await Promise.all([losses.focal.data(), losses.l1.data()]);
  tf.dispose([input, target, losses.focal, losses.l1]);
  return { focal: focal[0] as number, l1: l1[0] as number };
}
