/**
 * The per-pixel cosine distance of the stage-1 loss and the DeST map, 1 − Σ_c â_c·b̂_c with
 * â = a/(|a| + ε) over channels, as one WGSL kernel on tfjs-backend-webgpu (patch 'fused-cosine'); written
 * out in tfjs ops it is about 13 dispatches forward and 20 backward per feature level. Its gradient in a,
 *   ∂d/∂a_c = −(b̂_c − a_c·(â·b̂)/|a|) / (|a| + ε),
 * is a second kernel, and is computed only for inputs on the path to the loss (the student's features, not
 * the teacher's). Tested against the written-out form.
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend, WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';
import { enabledPatches } from './webgpu-patches.ts';

const FORWARD_KERNEL = 'DestsegCosineDistance';
const GRAD_KERNEL = 'DestsegCosineDistanceGrad';
const WORKGROUP = 64;

/** One thread per pixel: norms and dot product over the channels, then the distance (forward) or dA. */
class CosineProgram implements WebGPUProgram {
  readonly variableNames: string[];
  readonly uniforms = 'pixels : i32, channels : i32, eps : f32,';
  readonly workgroupSize: [number, number, number] = [WORKGROUP, 1, 1];
  readonly dispatchLayout: { x: number[] };
  readonly outputShape: number[];
  readonly dispatch: [number, number, number];
  readonly shaderKey: string;

  constructor(
    private readonly gradient: boolean,
    shape: number[],
  ) {
    const pixels = tf.util.sizeFromShape(shape.slice(0, -1));
    this.variableNames = gradient ? ['a', 'b', 'dy'] : ['a', 'b'];
    this.outputShape = gradient ? shape : [...shape.slice(0, -1), 1];
    this.dispatchLayout = { x: this.outputShape.map((_, i) => i) };
    this.dispatch = [Math.ceil(pixels / WORKGROUP), 1, 1];
    this.shaderKey = `destsegCosine_${gradient}`;
  }

  getUserCode(): string {
    const finish = this.gradient
      ? `
          let nb = sqrt(bb) + uniforms.eps;
          let na = sqrt(aa);
          let cosine = ab / ((na + uniforms.eps) * nb);
          let scale = -dy[p] / (na + uniforms.eps);
          for (var c = 0; c < uniforms.channels; c++) {
            result[base + c] = scale * (b[base + c] / nb - a[base + c] * cosine / na);
          }`
      : `
          result[p] = 1.0 - ab / ((sqrt(aa) + uniforms.eps) * (sqrt(bb) + uniforms.eps));`;
    return `
      fn main(index : i32) {
        let p = index;
        if (p < uniforms.pixels) {
          let base = p * uniforms.channels;
          var aa = 0.0;
          var bb = 0.0;
          var ab = 0.0;
          for (var c = 0; c < uniforms.channels; c++) {
            let av = a[base + c];
            let bv = b[base + c];
            aa += av * av;
            bb += bv * bv;
            ab += av * bv;
          }
          ${finish}
        }
      }
    `;
  }
}

function run(gradient: boolean): tf.KernelFunc {
  return ({ inputs, backend, attrs }) => {
    const { a } = inputs as { a: tf.TensorInfo };
    const { eps } = attrs as unknown as { eps: number };
    const program = new CosineProgram(gradient, a.shape);
    const channels = a.shape[a.shape.length - 1] as number;
    return (backend as WebGPUBackend).runWebGPUProgram(
      program,
      program.variableNames.map((name) => inputs[name] as tf.TensorInfo),
      'float32',
      [
        { type: 'int32', data: [tf.util.sizeFromShape(a.shape) / channels] },
        { type: 'int32', data: [channels] },
        { type: 'float32', data: [eps] },
      ],
    );
  };
}

/** Installs the kernels and the gradient for webgpu when the patch is on; idempotent. */
export function registerCosineKernels(): void {
  if (!enabledPatches().has('fused-cosine') || tf.getKernel(FORWARD_KERNEL, 'webgpu')) return;
  tf.registerKernel({ kernelName: FORWARD_KERNEL, backendName: 'webgpu', kernelFunc: run(false) });
  tf.registerKernel({ kernelName: GRAD_KERNEL, backendName: 'webgpu', kernelFunc: run(true) });
  tf.registerGradient({
    kernelName: FORWARD_KERNEL,
    inputsToSave: ['a', 'b'],
    gradFunc: (dy, saved, attrs) => {
      const [a, b] = saved as [tf.Tensor, tf.Tensor];
      const grad = (x: tf.Tensor, y: tf.Tensor) => () =>
        tf.engine().runKernel(GRAD_KERNEL, { a: x, b: y, dy: dy as tf.Tensor }, attrs) as tf.Tensor;
      return { a: grad(a, b), b: grad(b, a) };
    },
  });
}

/** True when the active backend has the fused kernel (webgpu with the patch on). */
export function fusedCosineAvailable(): boolean {
  return tf.getKernel(FORWARD_KERNEL, tf.getBackend()) !== undefined;
}

/** 1 − â·b̂ per pixel over the last axis of NHWC a and b, ε added to each norm: N×H×W×1. */
export function fusedCosineDistance(a: tf.Tensor4D, b: tf.Tensor4D, eps: number): tf.Tensor4D {
  return tf.engine().runKernel(FORWARD_KERNEL, { a, b }, { eps }) as tf.Tensor4D;
}
