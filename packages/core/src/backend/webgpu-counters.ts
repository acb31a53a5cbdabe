/**
 * Counts what a webgpu step asks of the device: shader dispatches, compute passes, queue submits and CPU→GPU
 * uploads. These counts depend on the code, not on the GPU, so a patch's effect on them can be measured
 * on llvmpipe as well as on the H100.
 */
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { uploadStats } from './webgpu-uploads.ts';

export interface WebGPUWork {
  dispatches: number;
  computePasses: number;
  submits: number;
  uploads: number;
  uploadBytes: number;
}

/** The private members of tfjs-backend-webgpu 4.22.0's backend that the counters wrap. */
interface BackendInternals {
  recordAndSubmit: (...args: unknown[]) => void;
  submitQueue: () => void;
  endComputePassEncoder: () => void;
  computePassEncoder: unknown;
}

const COUNTERS = new WeakMap<WebGPUBackend, WebGPUWork>();

function startCounting(backend: WebGPUBackend): WebGPUWork {
  const counts: WebGPUWork = { dispatches: 0, computePasses: 0, submits: 0, uploads: 0, uploadBytes: 0 };
  COUNTERS.set(backend, counts);
  const internals = backend as unknown as BackendInternals;
  const record = internals.recordAndSubmit.bind(backend);
  internals.recordAndSubmit = (...args) => {
    counts.dispatches++;
    record(...args);
  };
  const submit = internals.submitQueue.bind(backend);
  internals.submitQueue = () => {
    counts.submits++;
    submit();
  };
  const endPass = internals.endComputePassEncoder.bind(backend);
  internals.endComputePassEncoder = () => {
    if (internals.computePassEncoder) counts.computePasses++;
    endPass();
  };
  return counts;
}

/** Counts a dispatch recorded outside tfjs's recordAndSubmit (webgpu-dispatch.ts), when counting is on. */
export function countDispatch(backend: WebGPUBackend): void {
  const counts = COUNTERS.get(backend);
  if (counts) counts.dispatches++;
}

/**
 * Starts counting on the backend (once) and returns a reader of its running totals. Subtract two readings
 * (workBetween) to get one step's work.
 */
export function countWebGPUWork(backend: WebGPUBackend): () => WebGPUWork {
  const counts = COUNTERS.get(backend) ?? startCounting(backend);
  return () => {
    const uploads = uploadStats(backend);
    return { ...counts, uploads: uploads?.count ?? 0, uploadBytes: uploads?.bytes ?? 0 };
  };
}

/** after − before, field by field. */
export function workBetween(before: WebGPUWork, after: WebGPUWork): WebGPUWork {
  return {
    dispatches: after.dispatches - before.dispatches,
    computePasses: after.computePasses - before.computePasses,
    submits: after.submits - before.submits,
    uploads: after.uploads - before.uploads,
    uploadBytes: after.uploadBytes - before.uploadBytes,
  };
}
