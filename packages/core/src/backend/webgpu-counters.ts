/**
 * Counts what a webgpu step asks of the device: shader dispatches, compute passes, queue submits and CPU→GPU
 * uploads. These counts depend on the code, not on the GPU, so a patch's effect on them can be measured
 * on llvmpipe as well as on the H100.
 */
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { assertTfjsInternals } from './tfjs-internals-version.ts';
import { uploadStats } from './webgpu-uploads.ts';

export interface WebGPUWork {
  dispatches: number;
  /** Dispatches by program (webgpu-counters' programLabel), to see which kernels a step is made of. */
  byProgram: Record<string, number>;
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

interface ProgramLike {
  shaderKey?: string;
}

/**
 * A program's shader-key prefix (`conv2DMM`, `slice`, the patches' `destsegChannelSums` …), with the
 * operation for unary and binary ops (`binary:0` is ADD in tfjs-backend-webgpu's BinaryOpType). Class
 * names would not do: the device bundle is minified.
 */
function programLabel(program: ProgramLike): string {
  const [kind = '?', op] = (program.shaderKey ?? '?').split('_');
  return kind === 'unary' || kind === 'binary' ? `${kind}:${op}` : kind;
}

function count(counts: WebGPUWork, label: string): void {
  counts.dispatches++;
  counts.byProgram[label] = (counts.byProgram[label] ?? 0) + 1;
}

function startCounting(backend: WebGPUBackend): WebGPUWork {
  assertTfjsInternals();
  const counts: WebGPUWork = {
    dispatches: 0,
    byProgram: {},
    computePasses: 0,
    submits: 0,
    uploads: 0,
    uploadBytes: 0,
  };
  COUNTERS.set(backend, counts);
  const internals = backend as unknown as BackendInternals;
  const record = internals.recordAndSubmit.bind(backend);
  internals.recordAndSubmit = (...args) => {
    count(counts, programLabel(args[0] as ProgramLike));
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
export function countDispatch(backend: WebGPUBackend, label: string): void {
  const counts = COUNTERS.get(backend);
  if (counts) count(counts, label);
}

/**
 * Starts counting on the backend (once) and returns a reader of its running totals. Subtract two readings
 * (workBetween) to get one step's work.
 */
export function countWebGPUWork(backend: WebGPUBackend): () => WebGPUWork {
  const counts = COUNTERS.get(backend) ?? startCounting(backend);
  return () => {
    const uploads = uploadStats(backend);
    return {
      ...counts,
      byProgram: { ...counts.byProgram },
      uploads: uploads?.count ?? 0,
      uploadBytes: uploads?.bytes ?? 0,
    };
  };
}

/** after − before, field by field. */
export function workBetween(before: WebGPUWork, after: WebGPUWork): WebGPUWork {
  return {
    dispatches: after.dispatches - before.dispatches,
    byProgram: Object.fromEntries(
      Object.entries(after.byProgram)
        .map(([label, n]): [string, number] => [label, n - (before.byProgram[label] ?? 0)])
        .filter(([, n]) => n > 0),
    ),
    computePasses: after.computePasses - before.computePasses,
    submits: after.submits - before.submits,
    uploads: after.uploads - before.uploads,
    uploadBytes: after.uploadBytes - before.uploadBytes,
  };
}
