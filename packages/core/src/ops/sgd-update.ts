/**
 * The SGD-with-momentum update of one parameter group, as torch.optim.SGD (dampening 0, no Nesterov):
 * g ← g + wd·w;  v ← μ·v + g (v = g on the first step);  w ← w − lr·v.
 * One multi-tensor kernel when the active backend has it (backend/webgpu-sgd.ts), else the written-out
 * tfjs form: the same arithmetic in the same order.
 */
import * as tf from '@tensorflow/tfjs';
import { fusedSgdAvailable, fusedSgdUpdate, type SgdAttrs, type SgdParam } from '../backend/webgpu-sgd.ts';

export type { SgdAttrs, SgdParam };

export interface SgdResult {
  velocity: tf.Tensor;
  weight: tf.Tensor;
}

/** The new velocity and weight of each parameter, in order (tensors of the caller's tidy). */
export function sgdUpdate(params: readonly SgdParam[], attrs: SgdAttrs): SgdResult[] {
  if (fusedSgdAvailable()) return fusedSgdUpdate(params, attrs);
  return params.map(({ w, g, v }) => {
    const d = attrs.weightDecay === 0 ? g : tf.add(g, tf.mul(w, attrs.weightDecay));
    const velocity = v ? tf.add(tf.mul(v, attrs.momentum), d) : d;
    return { velocity, weight: tf.sub(w, tf.mul(velocity, attrs.lr)) };
  });
}
