/**
 * Segmentation net (spec §4.4): two residual blocks 448→256, ASPP (image pooling + atrous rates
 * 6/12/18, fused by a 3×3 conv), a 3×3 head conv and a 1×1 output conv with bias and sigmoid.
 * `seg.res.*` is the 0.1-lr group; everything else (`seg.aspp.*`, `seg.head.*`, `seg.out.*`) is
 * the 0.01-lr head group, initialised with PyTorch defaults because the official code creates it
 * after its init loop.
 */
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../random/rng.ts';
import { type ConvOp, convBn } from '../conv-bn.ts';
import type { ForwardContext } from '../forward-context.ts';
import { pytorchDefaultUniform } from '../init.ts';
import { conv2d } from '../layers.ts';
import type { ParamStore } from '../param-store.ts';
import { defineBatchNorm, defineLayer, layer } from '../resnet.ts';

export const SEG_INPUT_CHANNELS = 448;
export const ASPP_RATES = [6, 12, 18] as const;
const WIDTH = 256;

function defineHeadConv(p: ParamStore, name: string, rng: Rng, k: number, inC: number, outC: number): void {
  p.addTrainable(`${name}.weight`, pytorchDefaultUniform(rng, [k, k, inC, outC], inC * k * k));
}

export function defineSegmentationNet(p: ParamStore, rng: Rng): void {
  defineLayer(p, 'seg.res', rng, SEG_INPUT_CHANNELS, WIDTH, 1);
  defineHeadConv(p, 'seg.aspp.pool.conv', rng, 1, WIDTH, WIDTH);
  defineBatchNorm(p, 'seg.aspp.pool.bn', WIDTH);
  for (const rate of ASPP_RATES) {
    defineHeadConv(p, `seg.aspp.rate${rate}.conv`, rng, 3, WIDTH, WIDTH);
    defineBatchNorm(p, `seg.aspp.rate${rate}.bn`, WIDTH);
  }
  defineHeadConv(p, 'seg.aspp.fuse.conv', rng, 3, WIDTH * 4, WIDTH);
  defineBatchNorm(p, 'seg.aspp.fuse.bn', WIDTH);
  defineHeadConv(p, 'seg.head.conv', rng, 3, WIDTH, WIDTH);
  defineBatchNorm(p, 'seg.head.bn', WIDTH);
  defineHeadConv(p, 'seg.out', rng, 1, WIDTH, 1);
  p.addTrainable('seg.out.bias', pytorchDefaultUniform(rng, [1], WIDTH));
}

/** Input N×H×W×448, output the sigmoid defect map N×H×W×1. */
export function segmentationNet(p: ParamStore, x: tf.Tensor4D, ctx: ForwardContext): tf.Tensor4D {
  const convBnRelu = (name: string, input: tf.Tensor4D, op: ConvOp): tf.Tensor4D =>
    convBn(p, input, `${name}.conv`, `${name}.bn`, op, ctx, true);

  const h = layer(p, 'seg.res', x, 1, ctx);
  const [n, height, width] = h.shape;
  const pooled = convBnRelu('seg.aspp.pool', tf.mean(h, [1, 2], true), { stride: 1, pad: 0 });
  const branches = [
    tf.broadcastTo(pooled, [n, height, width, WIDTH]) as tf.Tensor4D,
    ...ASPP_RATES.map((rate) => convBnRelu(`seg.aspp.rate${rate}`, h, { atrousRate: rate })),
  ];
  const fused = convBnRelu('seg.aspp.fuse', tf.concat(branches, 3), { stride: 1, pad: 1 });
  const head = convBnRelu('seg.head', fused, { stride: 1, pad: 1 });
  const logits = tf.add(conv2d(head, p.get('seg.out.weight'), 1, 0), p.get('seg.out.bias'));
  return tf.sigmoid(logits) as tf.Tensor4D;
}
