/**
 * The SGD-with-momentum update of one parameter as two WGSL kernels on tfjs-backend-webgpu (patch
 * 'fused-sgd'), in the order of train/sgd.ts's written-out form (about six dispatches per parameter):
 *   v ← μ·v + (g + λ·w)   (v ← g + λ·w on the first step),   w ← w − lr·v.
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend, WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';
import { enabledPatches } from './webgpu-patches.ts';

const VELOCITY_KERNEL = 'DestsegSgdVelocity';
const WEIGHT_KERNEL = 'DestsegSgdWeight';
const WORKGROUP = 128;

class ElementwiseProgram implements WebGPUProgram {
  readonly uniforms = 'momentum : f32, weightDecay : f32, lr : f32,';
  readonly workgroupSize: [number, number, number] = [WORKGROUP, 1, 1];
  readonly size = true;
  readonly dispatchLayout: { x: number[] };
  readonly dispatch: [number, number, number];

  constructor(
    readonly outputShape: number[],
    readonly variableNames: string[],
    private readonly expression: string,
    readonly shaderKey: string,
  ) {
    this.dispatchLayout = { x: outputShape.map((_, i) => i) };
    this.dispatch = [Math.ceil(tf.util.sizeFromShape(outputShape) / WORKGROUP), 1, 1];
  }

  getUserCode(): string {
    return `
      fn main(index : i32) {
        if (index < uniforms.size) {
          result[index] = ${this.expression};
        }
      }
    `;
  }
}

interface SgdAttrs {
  momentum: number;
  weightDecay: number;
  lr: number;
}

const PROGRAMS = {
  velocity: ['v', 'g', 'w'],
  firstVelocity: ['g', 'w'],
  weight: ['w', 'v'],
} as const;

const EXPRESSIONS: Record<keyof typeof PROGRAMS, string> = {
  velocity: 'v[index] * uniforms.momentum + (g[index] + w[index] * uniforms.weightDecay)',
  firstVelocity: 'g[index] + w[index] * uniforms.weightDecay',
  weight: 'w[index] - v[index] * uniforms.lr',
};

function kernel(which: (kind: Record<string, tf.TensorInfo>) => keyof typeof PROGRAMS): tf.KernelFunc {
  return ({ inputs, backend, attrs }) => {
    const named = inputs as Record<string, tf.TensorInfo>;
    const kind = which(named);
    const names = [...PROGRAMS[kind]];
    const { momentum, weightDecay, lr } = attrs as unknown as SgdAttrs;
    const shape = (named.w as tf.TensorInfo).shape;
    return (backend as WebGPUBackend).runWebGPUProgram(
      new ElementwiseProgram(shape, names, EXPRESSIONS[kind], `destsegSgd_${kind}`),
      names.map((name) => named[name] as tf.TensorInfo),
      'float32',
      [momentum, weightDecay, lr].map((value) => ({ type: 'float32', data: [value] })),
    );
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
