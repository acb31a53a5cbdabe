/**
 * Denoising student (spec §4.2): a randomly initialised ResNet18 encoder (4 stages, zero-init last
 * BN) followed by a reverse ResNet18 decoder with bilinear upsampling and no skip connections.
 * Emits S1..S3 (64@H/4, 128@H/8, 256@H/16), paired with the teacher's T1..T3.
 */
import type * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../random/rng.ts';
import type { ForwardContext } from '../forward-context.ts';
import { resizeBilinear } from '../layers.ts';
import type { ParamStore } from '../param-store.ts';
import { defineLayer, defineResnetEncoder, layer, resnetEncoder } from '../resnet.ts';

const DECODER: ReadonlyArray<{ name: string; inC: number; outC: number }> = [
  { name: 'layer4', inC: 512, outC: 512 },
  { name: 'layer3', inC: 512, outC: 256 },
  { name: 'layer2', inC: 256, outC: 128 },
  { name: 'layer1', inC: 128, outC: 64 },
];

export function defineStudent(p: ParamStore, rng: Rng): void {
  defineResnetEncoder(p, 'student.encoder', rng, 4, { zeroInitLast: true });
  for (const d of DECODER) defineLayer(p, `student.decoder.${d.name}`, rng, d.inC, d.outC, 1);
}

export function student(p: ParamStore, x: tf.Tensor4D, ctx: ForwardContext): tf.Tensor4D[] {
  const enc = resnetEncoder(p, 'student.encoder', x, 4, ctx);
  let h = enc[3] as tf.Tensor4D;
  const outs: tf.Tensor4D[] = [];
  for (const [i, d] of DECODER.entries()) {
    if (i > 0) {
      const target = enc[3 - i] as tf.Tensor4D;
      h = resizeBilinear(h, target.shape[1], target.shape[2]);
    }
    h = layer(p, `student.decoder.${d.name}`, h, 1, ctx);
    if (i > 0) outs.unshift(h);
  }
  return outs;
}
