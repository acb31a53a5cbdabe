/**
 * The SGD-with-momentum update of one parameter as two WGSL kernels on tfjs-backend-webgpu (patch
 * 'fused-sgd'), in the order of train/sgd.ts's written-out form (about six dispatches per parameter):
 *   v ← μ·v + (g + λ·w)   (v ← g + λ·w on the first step),   w ← w − lr·v.
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { runElementwise } from './webgpu-elementwise.ts';
import { enabledPatches } from './webgpu-patches.ts';

const VELOCITY_KERNEL = 'DestsegSgdVelocity';
const WEIGHT_KERNEL = 'DestsegSgdWeight';
interface SgdAttrs {
  momentum: number;
  weightDecay: number;
  lr: number;
}

const BODIES = {
  velocity: 'v[index] * uniforms.momentum + (g[index] + w[index] * uniforms.weightDecay)',
  firstVelocity: 'g[index] + w[index] * uniforms.weightDecay',
  weight: 'w[index] - v[index] * uniforms.lr',
};

/** The inputs each body reads, in binding order. */
const INPUTS: Record<keyof typeof BODIES, readonly string[]> = {
  velocity: ['v', 'g', 'w'],
  firstVelocity: ['g', 'w'],
  weight: ['w', 'v'],
};

function kernel(choose: (inputs: tf.NamedTensorInfoMap) => keyof typeof BODIES): tf.KernelFunc {
  return ({ inputs, backend, attrs }) => {
    const kind = choose(inputs);
    const { momentum, weightDecay, lr } = attrs as unknown as SgdAttrs;
    return runElementwise(backend as WebGPUBackend, {
      key: `destsegSgd_${kind}`,
      outputShape: (inputs.w as tf.TensorInfo).shape,
      inputs: INPUTS[kind].map((name) => [name, inputs[name] as tf.TensorInfo]),
      uniforms: [
        ['momentum', momentum],
        ['weightDecay', weightDecay],
        ['lr', lr],
      ],
      body: `result[index] = ${BODIES[kind]};`,
    });
  };
}

/** Installs the kernels for webgpu when the patch is on; idempotent. */
export function registerSgdKernels(): void {
  if (!enabledPatches().has('fused-sgd') || tf.getKernel(VELOCITY_KERNEL, 'webgpu')) return;
  tf.registerKernel({
    kernelName: VELOCITY_KERNEL,
    backendName: 'webgpu',
    kernelFunc: kernel((inputs) => (inputs.v ? 'velocity' : 'firstVelocity')),
  });
  tf.registerKernel({ kernelName: WEIGHT_KERNEL, backendName: 'webgpu', kernelFunc: kernel(() => 'weight') });
}

/** True when the active backend has the fused kernels (webgpu with the patch on). */
export function fusedSgdAvailable(): boolean {
  return tf.getKernel(VELOCITY_KERNEL, tf.getBackend()) !== undefined;
}

/** The new velocity and weight of one parameter (v null on its first step). */
export function fusedSgdUpdate(
  w: tf.Tensor,
  g: tf.Tensor,
  v: tf.Tensor | null,
  attrs: SgdAttrs,
): { velocity: tf.Tensor; weight: tf.Tensor } {
  const map = attrs as unknown as tf.NamedAttrMap;
  const velocity = tf.engine().runKernel(VELOCITY_KERNEL, v ? { v, g, w } : { g, w }, map) as tf.Tensor;
  const weight = tf.engine().runKernel(WEIGHT_KERNEL, { w, v: velocity }, map) as tf.Tensor;
  return { velocity, weight };
}
