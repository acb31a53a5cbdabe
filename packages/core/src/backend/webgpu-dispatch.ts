/**
 * A compute dispatch with several outputs, recorded into tfjs-backend-webgpu 4.22.0's open command encoder
 * and compute pass. A tfjs program writes one output; a kernel that updates many tensors at once (the
 * multi-tensor SGD step) brings its own WGSL module and binds tfjs's tensor buffers directly. Buffer
 * lifetimes, uniform buffers and the submit batch follow tfjs's own recordAndSubmit; tfjs's per-kernel
 * timers (tf.time on webgpu) do not see these dispatches.
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { assertTfjsInternals } from './tfjs-internals-version.ts';
import { countDispatch } from './webgpu-counters.ts';

/** The private members of the backend that tfjs's own recordAndSubmit uses. */
interface BackendInternals {
  commandEncoder: GPUCommandEncoder;
  computePassEncoder: GPUComputePassEncoder | null;
  dispatchCountInPass: number;
  commandQueueOwnedIds: WeakSet<object>;
  ensureCommandEncoderReady(): void;
  endComputePassEncoder(): void;
  submitQueue(): void;
  makeUniforms(uniforms: Uniform[]): GPUBufferBinding;
  tensorToBinding(tensor: tf.TensorInfo): GPUBufferBinding;
}

export interface Uniform {
  type: 'float32' | 'int32' | 'uint32';
  /** One value per field: tfjs packs single values at 4-byte alignment, as a WGSL struct of scalars has them. */
  data: [number];
}

export interface Dispatch {
  /** Unique per distinct `code`: compiled pipelines are cached by it. Its part before any '_' names the kernel in the work counts. */
  key: string;
  /** A whole WGSL module with entry point `main`: bindings 0…n−1 are `tensors`, binding n the uniform struct. */
  code: string;
  /** Inputs and outputs, in binding order; every one must be used by the module. */
  tensors: tf.TensorInfo[];
  uniforms: Uniform[];
  workgroups: [number, number, number];
}

const PIPELINES = new WeakMap<GPUDevice, Map<string, GPUComputePipeline>>();

function pipeline(device: GPUDevice, key: string, code: string): GPUComputePipeline {
  let cache = PIPELINES.get(device);
  if (!cache) {
    cache = new Map();
    PIPELINES.set(device, cache);
  }
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = device.createComputePipeline({
      layout: 'auto',
      compute: { module: device.createShaderModule({ code }), entryPoint: 'main' },
    });
    cache.set(key, compiled);
  }
  return compiled;
}

/** A float32 tensor with its device buffer allocated and uninitialised, for a dispatch to write. */
export function allocateOutput(backend: WebGPUBackend, shape: number[]): tf.TensorInfo {
  const info = backend.makeTensorInfo(shape, 'float32');
  backend.uploadToGPU(info.dataId);
  return info;
}

/** Workgroups covering `threads` threads in rows of at most the device's limit; rowThreads is x·size. */
export function workgroupsFor(
  device: GPUDevice,
  threads: number,
  workgroupSize: number,
): { workgroups: [number, number, number]; rowThreads: number } {
  const groups = Math.max(1, Math.ceil(threads / workgroupSize));
  const x = Math.min(groups, device.limits.maxComputeWorkgroupsPerDimension);
  return { workgroups: [x, Math.ceil(groups / x), 1], rowThreads: x * workgroupSize };
}

export function recordDispatch(backend: WebGPUBackend, d: Dispatch): void {
  assertTfjsInternals();
  const internals = backend as unknown as BackendInternals;
  for (const tensor of d.tensors) backend.uploadToGPU(tensor.dataId);
  const compiled = pipeline(backend.device, d.key, d.code);
  const resources = [
    ...d.tensors.map((t) => internals.tensorToBinding(t)),
    internals.makeUniforms(d.uniforms),
  ];
  const bindGroup = backend.device.createBindGroup({
    layout: compiled.getBindGroupLayout(0),
    entries: resources.map((resource, binding) => ({ binding, resource })),
  });
  // tfjs frees a buffer only after the commands that use it were submitted.
  for (const tensor of d.tensors) internals.commandQueueOwnedIds.add(tensor.dataId);
  internals.ensureCommandEncoderReady();
  internals.computePassEncoder ??= internals.commandEncoder.beginComputePass();
  internals.computePassEncoder.setPipeline(compiled);
  internals.computePassEncoder.setBindGroup(0, bindGroup);
  internals.computePassEncoder.dispatchWorkgroups(...d.workgroups);
  internals.dispatchCountInPass++;
  countDispatch(backend, d.key.split('_')[0] as string);
  if (Number(tf.env().get('WEBGPU_DEFERRED_SUBMIT_BATCH_SIZE')) <= internals.dispatchCountInPass) {
    internals.endComputePassEncoder();
    internals.submitQueue();
  }
}
