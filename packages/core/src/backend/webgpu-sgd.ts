/**
 * The SGD-with-momentum update of many parameters at once on tfjs-backend-webgpu (patch 'fused-sgd'), in the
 * order of train/sgd.ts's written-out form:
 *   v ← μ·v + (g + λ·w)   (v ← g + λ·w on the first step),   w ← w − lr·v.
 * One dispatch updates as many parameters as the device's storage-buffer bindings allow (5 per parameter:
 * w, g, v and the new w and v), writing both new tensors. The written-out form costs about six dispatches
 * per parameter.
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { allocateOutput, recordDispatch, workgroupsFor } from './webgpu-dispatch.ts';
import { enabledPatches } from './webgpu-patches.ts';

const KERNEL = 'DestsegSgdMomentum';
const WORKGROUP = 256;
/** Bounds the generated shader's size where a device allows very many bindings. */
const MAX_PARAMS_PER_DISPATCH = 16;

export interface SgdAttrs {
  momentum: number;
  weightDecay: number;
  lr: number;
}

interface KernelAttrs extends SgdAttrs {
  count: number;
  hasVelocity: boolean;
}

/** The WGSL module updating `count` parameters; parameter k owns the threads [end(k−1), end(k)). */
function shader(count: number, hasVelocity: boolean): string {
  const perParam = hasVelocity ? ['w', 'g', 'v', 'wOut', 'vOut'] : ['w', 'g', 'wOut', 'vOut'];
  const bindings: string[] = [];
  const ends: string[] = [];
  const updates: string[] = [];
  for (let k = 0; k < count; k++) {
    for (const [i, name] of perParam.entries()) {
      const access = name.endsWith('Out') ? 'read_write' : 'read';
      bindings.push(
        `@group(0) @binding(${k * perParam.length + i}) var<storage, ${access}> ${name}${k}: array<f32>;`,
      );
    }
    ends.push(`end${k}: u32,`);
    const velocity = hasVelocity ? `v${k}[j] * u.momentum + d` : 'd';
    updates.push(`
      if (i < u.end${k}) {
        let j = i - ${k === 0 ? '0u' : `u.end${k - 1}`};
        let d = g${k}[j] + w${k}[j] * u.weightDecay;
        let v = ${velocity};
        vOut${k}[j] = v;
        wOut${k}[j] = w${k}[j] - v * u.lr;
        return;
      }`);
  }
  return `
    struct Uniforms { lr: f32, momentum: f32, weightDecay: f32, rowThreads: u32, ${ends.join(' ')} }
    ${bindings.join('\n    ')}
    @group(0) @binding(${count * perParam.length}) var<uniform> u: Uniforms;
    @compute @workgroup_size(${WORKGROUP})
    fn main(@builtin(global_invocation_id) id: vec3<u32>) {
      let i = id.y * u.rowThreads + id.x;
      ${updates.join('')}
    }`;
}

/** How many parameters one dispatch can update on this device. */
function paramsPerDispatch(device: GPUDevice, hasVelocity: boolean): number {
  const buffersPerParam = hasVelocity ? 5 : 4;
  return Math.max(
    1,
    Math.min(
      MAX_PARAMS_PER_DISPATCH,
      Math.floor(device.limits.maxStorageBuffersPerShaderStage / buffersPerParam),
    ),
  );
}

/** Inputs w0, g0[, v0], w1, …; outputs the new w0, v0, w1, v1, … */
const kernelFunc: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const gpu = backend as WebGPUBackend;
  const { count, hasVelocity, lr, momentum, weightDecay } = attrs as unknown as KernelAttrs;
  const perDispatch = paramsPerDispatch(gpu.device, hasVelocity);
  const outputs: tf.TensorInfo[] = [];
  for (let first = 0; first < count; first += perDispatch) {
    const chunk = Math.min(perDispatch, count - first);
    const tensors: tf.TensorInfo[] = [];
    const ends: number[] = [];
    let end = 0;
    for (let k = first; k < first + chunk; k++) {
      const w = inputs[`w${k}`] as tf.TensorInfo;
      const wOut = allocateOutput(gpu, w.shape);
      const vOut = allocateOutput(gpu, w.shape);
      tensors.push(w, inputs[`g${k}`] as tf.TensorInfo);
      if (hasVelocity) tensors.push(inputs[`v${k}`] as tf.TensorInfo);
      tensors.push(wOut, vOut);
      outputs.push(wOut, vOut);
      end += tf.util.sizeFromShape(w.shape);
      ends.push(end);
    }
    const { workgroups, rowThreads } = workgroupsFor(gpu.device, end, WORKGROUP);
    recordDispatch(gpu, {
      key: `destsegSgd_${chunk}_${hasVelocity}`,
      code: shader(chunk, hasVelocity),
      tensors,
      uniforms: [
        { type: 'float32', data: [lr] },
        { type: 'float32', data: [momentum] },
        { type: 'float32', data: [weightDecay] },
        { type: 'uint32', data: [rowThreads] },
        ...ends.map((e) => ({ type: 'uint32' as const, data: [e] as [number] })),
      ],
      workgroups,
    });
  }
  return outputs;
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
