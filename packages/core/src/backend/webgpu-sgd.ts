/**
 * The SGD-with-momentum update of many parameters at once on tfjs-backend-webgpu (patch 'fused-sgd'), in the
 * order of ops/sgd-update.ts's written-out form:
 *   v ← μ·v + (g + λ·w)   (v ← g + λ·w on the first step),   w ← w − lr·v.
 * A multi-tensor op: one dispatch updates as many parameters as the device's storage-buffer bindings allow
 * (5 per parameter: w, g, v and the new w and v). The written-out form costs about six dispatches per
 * parameter.
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { type MultiTensorOp, runMultiTensor } from './webgpu-multi-tensor.ts';
import { enabledPatches } from './webgpu-patches.ts';

const KERNEL = 'DestsegSgdMomentum';

export interface SgdAttrs {
  momentum: number;
  weightDecay: number;
  lr: number;
}

interface KernelAttrs extends SgdAttrs {
  count: number;
  hasVelocity: boolean;
}

function sgdOp(hasVelocity: boolean): MultiTensorOp {
  return {
    key: `destsegSgd_${hasVelocity}`,
    inputs: hasVelocity ? ['w', 'g', 'v'] : ['w', 'g'],
    outputs: ['wOut', 'vOut'],
    shared: ['lr', 'momentum', 'weightDecay'],
    perItem: [],
    body: (k) => `
        let d = g${k}[j] + w${k}[j] * u.weightDecay;
        let v = ${hasVelocity ? `v${k}[j] * u.momentum + d` : 'd'};
        vOut${k}[j] = v;
        wOut${k}[j] = w${k}[j] - v * u.lr;`,
  };
}
const OPS = { withVelocity: sgdOp(true), first: sgdOp(false) };

/** Inputs w0, g0[, v0], w1, …; outputs the new w0, v0, w1, v1, … */
const kernelFunc: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { count, hasVelocity, lr, momentum, weightDecay } = attrs as unknown as KernelAttrs;
  const names = hasVelocity ? ['w', 'g', 'v'] : ['w', 'g'];
  const items = Array.from({ length: count }, (_, k) => ({
    inputs: names.map((name) => inputs[`${name}${k}`] as tf.TensorInfo),
  }));
  const op = hasVelocity ? OPS.withVelocity : OPS.first;
  return runMultiTensor(backend as WebGPUBackend, op, items, [lr, momentum, weightDecay]).flat();
};

/** Installs the kernel for webgpu when the patch is on; idempotent. */
export function registerSgdKernels(): void {
  if (!enabledPatches().has('fused-sgd') || tf.getKernel(KERNEL, 'webgpu')) return;
  tf.registerKernel({ kernelName: KERNEL, backendName: 'webgpu', kernelFunc });
}

/** True when the active backend has the fused kernel (webgpu with the patch on). */
export function fusedSgdAvailable(): boolean {
  return tf.getKernel(KERNEL, tf.getBackend()) !== undefined;
}

export interface SgdParam {
  w: tf.Tensor;
  g: tf.Tensor;
  /** null on the parameter's first step. */
  v: tf.Tensor | null;
}

/** The new velocity and weight of each parameter, in order; all must share `attrs`. */
export function fusedSgdUpdate(
  params: readonly SgdParam[],
  attrs: SgdAttrs,
): { velocity: tf.Tensor; weight: tf.Tensor }[] {
  const results = new Array<{ velocity: tf.Tensor; weight: tf.Tensor }>(params.length);
  for (const hasVelocity of [false, true]) {
    const indices = params.flatMap((p, i) => ((p.v !== null) === hasVelocity ? [i] : []));
    if (indices.length === 0) continue;
    const inputs: tf.NamedTensorMap = {};
    for (const [k, i] of indices.entries()) {
      const p = params[i] as SgdParam;
      inputs[`w${k}`] = p.w;
      inputs[`g${k}`] = p.g;
      if (p.v) inputs[`v${k}`] = p.v;
    }
    const kernelAttrs: KernelAttrs = { ...attrs, count: indices.length, hasVelocity };
    const out = tf
      .engine()
      .runKernel(KERNEL, inputs, kernelAttrs as unknown as tf.NamedAttrMap) as tf.Tensor[];
    for (const [k, i] of indices.entries()) {
      results[i] = { weight: out[2 * k] as tf.Tensor, velocity: out[2 * k + 1] as tf.Tensor };
    }
  }
  return results;
}
