/**
 * torchvision/timm ResNet18 building blocks (spec §4): BasicBlock, two-block layers and the stem,
 * each with a `define*` function that creates its parameters and a forward function.
 */
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../random/rng.ts';
import { convBn } from './conv-bn.ts';
import type { ForwardContext } from './forward-context.ts';
import { kaimingNormalFanOut } from './init.ts';
import { maxPool3x3s2 } from './layers.ts';
import type { ParamStore } from './param-store.ts';

export function defineBatchNorm(p: ParamStore, name: string, channels: number, gamma = 1): void {
  p.addTrainable(`${name}.weight`, tf.fill([channels], gamma));
  p.addTrainable(`${name}.bias`, tf.zeros([channels]));
  p.addBuffer(`${name}.running_mean`, tf.zeros([channels]));
  p.addBuffer(`${name}.running_var`, tf.ones([channels]));
}

export function defineConv(
  p: ParamStore,
  name: string,
  rng: Rng,
  k: number,
  inC: number,
  outC: number,
): void {
  p.addTrainable(`${name}.weight`, kaimingNormalFanOut(rng, k, inC, outC));
}

export interface BlockOptions {
  /** timm's zero_init_last: bn2.weight starts at 0 (student encoder only). */
  zeroInitLast?: boolean;
}

export function defineBasicBlock(
  p: ParamStore,
  name: string,
  rng: Rng,
  inC: number,
  outC: number,
  stride: number,
  opts: BlockOptions = {},
): void {
  defineConv(p, `${name}.conv1`, rng, 3, inC, outC);
  defineBatchNorm(p, `${name}.bn1`, outC);
  defineConv(p, `${name}.conv2`, rng, 3, outC, outC);
  defineBatchNorm(p, `${name}.bn2`, outC, opts.zeroInitLast ? 0 : 1);
  if (stride !== 1 || inC !== outC) {
    defineConv(p, `${name}.downsample.0`, rng, 1, inC, outC);
    defineBatchNorm(p, `${name}.downsample.1`, outC);
  }
}

export function basicBlock(
  p: ParamStore,
  name: string,
  x: tf.Tensor4D,
  stride: number,
  ctx: ForwardContext,
): tf.Tensor4D {
  const h = convBn(p, x, `${name}.conv1`, `${name}.bn1`, { stride, pad: 1 }, ctx, true);
  const main = convBn(p, h, `${name}.conv2`, `${name}.bn2`, { stride: 1, pad: 1 }, ctx, false);
  const shortcut = p.has(`${name}.downsample.0.weight`)
    ? convBn(p, x, `${name}.downsample.0`, `${name}.downsample.1`, { stride, pad: 0 }, ctx, false)
    : x;
  return tf.relu(tf.add(main, shortcut)) as tf.Tensor4D;
}

/** `make_layer`: two BasicBlocks, the first carrying the stride and the channel change. */
export function defineLayer(
  p: ParamStore,
  name: string,
  rng: Rng,
  inC: number,
  outC: number,
  stride: number,
  opts: BlockOptions = {},
): void {
  defineBasicBlock(p, `${name}.0`, rng, inC, outC, stride, opts);
  defineBasicBlock(p, `${name}.1`, rng, outC, outC, 1, opts);
}

export function layer(
  p: ParamStore,
  name: string,
  x: tf.Tensor4D,
  stride: number,
  ctx: ForwardContext,
): tf.Tensor4D {
  return basicBlock(p, `${name}.1`, basicBlock(p, `${name}.0`, x, stride, ctx), 1, ctx);
}

export const ENCODER_WIDTHS = [64, 128, 256, 512] as const;

/** conv1 7×7/2 → BN → ReLU → maxpool, then layer1..layer{depth}. */
export function defineResnetEncoder(
  p: ParamStore,
  prefix: string,
  rng: Rng,
  depth: 3 | 4,
  opts: BlockOptions = {},
): void {
  defineConv(p, `${prefix}.conv1`, rng, 7, 3, 64);
  defineBatchNorm(p, `${prefix}.bn1`, 64);
  let inC = 64;
  for (let i = 0; i < depth; i++) {
    const outC = ENCODER_WIDTHS[i] as number;
    defineLayer(p, `${prefix}.layer${i + 1}`, rng, inC, outC, i === 0 ? 1 : 2, opts);
    inC = outC;
  }
}

/** Returns the outputs of layer1..layer{depth} (64@H/4, 128@H/8, 256@H/16, 512@H/32). */
export function resnetEncoder(
  p: ParamStore,
  prefix: string,
  x: tf.Tensor4D,
  depth: 3 | 4,
  ctx: ForwardContext,
): tf.Tensor4D[] {
  const stem = convBn(p, x, `${prefix}.conv1`, `${prefix}.bn1`, { stride: 2, pad: 3 }, ctx, true);
  let h = maxPool3x3s2(stem);
  const outs: tf.Tensor4D[] = [];
  for (let i = 0; i < depth; i++) {
    h = layer(p, `${prefix}.layer${i + 1}`, h, i === 0 ? 1 : 2, ctx);
    outs.push(h);
  }
  return outs;
}
