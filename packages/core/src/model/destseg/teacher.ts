/**
 * The frozen teacher (spec §4.1): ImageNet ResNet18 conv1..layer3 in eval mode, loaded from a
 * safetensors file in torchvision key names ([out, in, kh, kw] kernels, transposed here to TF.js
 * [kh, kw, in, out]). Extra keys (layer4, fc) are ignored.
 */
import * as tf from '@tensorflow/tfjs';
import { DestsegError } from '../../errors.ts';
import { Rng } from '../../random/rng.ts';
import type { ForwardContext } from '../forward-context.ts';
import { type NamedArray, ParamStore } from '../param-store.ts';
import { defineResnetEncoder, resnetEncoder } from '../resnet.ts';

export const TEACHER_PREFIX = 'teacher';

/** Torchvision key (`layer1.0.conv1.weight`) → our key, and the array in TF.js layout. */
function toTfLayout(a: NamedArray): tf.Tensor {
  const t = tf.tensor(a.data, a.shape);
  if (a.shape.length !== 4) return t;
  const out = tf.transpose(t, [2, 3, 1, 0]);
  t.dispose();
  return out;
}

/** Adds the teacher's parameters (frozen, so all as non-trainable buffers) with placeholder values. */
export function defineTeacher(p: ParamStore): void {
  const scratch = new ParamStore();
  defineResnetEncoder(scratch, TEACHER_PREFIX, new Rng(0), 3);
  for (const [name, v] of [...scratch.trainable, ...scratch.buffers]) p.addBuffer(name, v.clone());
  scratch.dispose();
}

/**
 * Overwrites the teacher with torchvision-named arrays. Every expected key must be present with the
 * right shape, else TEACHER_WEIGHTS_INVALID names the first key at fault.
 */
export function assignTorchvisionTeacher(
  p: ParamStore,
  weights: ReadonlyMap<string, NamedArray>,
  source: string,
): void {
  for (const [name, variable] of p.buffers) {
    if (!name.startsWith(`${TEACHER_PREFIX}.`)) continue;
    const key = name.slice(TEACHER_PREFIX.length + 1);
    const a = weights.get(key);
    if (!a) {
      throw new DestsegError(
        'TEACHER_WEIGHTS_INVALID',
        `teacher weights ${source} lack "${key}": expected torchvision ResNet18 keys conv1, bn1, layer1..layer3`,
      );
    }
    const value = toTfLayout(a);
    if (value.shape.join('x') !== variable.shape.join('x')) {
      value.dispose();
      throw new DestsegError(
        'TEACHER_WEIGHTS_INVALID',
        `teacher weights ${source}: "${key}" has shape [${a.shape}], expected the ResNet18 shape`,
      );
    }
    variable.assign(value);
    value.dispose();
  }
}

const EVAL: ForwardContext = { training: false, stats: [] };

export function teacher(p: ParamStore, x: tf.Tensor4D): tf.Tensor4D[] {
  return resnetEncoder(p, TEACHER_PREFIX, x, 3, EVAL);
}
