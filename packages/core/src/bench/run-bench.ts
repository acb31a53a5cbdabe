/**
 * Engine benchmark: the real stage-1 and stage-2 training steps and inference of a seeded DeSTSeg model
 * on random batches, on the active backend (inference also on onnxruntime, the model exported in memory). The first step of each mode is timed on its own (shader
 * compilation, wasm/XNNPACK set-up); the steady state is the median of the following steps.
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { deviceGradientsEnabled } from '../backend/device-gradients.ts';
import { countWebGPUWork, type WebGPUWork, workBetween } from '../backend/webgpu-counters.ts';
import { enabledPatches } from '../backend/webgpu-patches.ts';
import { DestsegError } from '../errors.ts';
import type { EngineName } from '../inference/map-predictor.ts';
import { DestsegModel } from '../model/destseg/destseg-model.ts';
import type { TeacherWeights } from '../model/destseg/teacher-weights.ts';
import { buildDestsegOnnx } from '../onnx/destseg-graph.ts';
import { OrtDestsegSession } from '../onnx/ort-session.ts';
import { Rng } from '../random/rng.ts';
import type { TrainBatch } from '../train/batch-source.ts';
import { segmentationOptimizer, studentOptimizer } from '../train/optimizers.ts';
import type { SgdMomentum } from '../train/sgd.ts';
import { OFFICIAL_RECIPE } from '../train/train-config.ts';
import { type StepLosses, stage1Step, stage2Step } from '../train/train-steps.ts';

export const BENCH_MODES = ['train1', 'train2', 'infer'] as const;
export type BenchMode = (typeof BENCH_MODES)[number];

export interface BenchOptions {
  size: number;
  batch: number;
  modes: readonly BenchMode[];
  /** Timed steps per mode after the first one. */
  iters: number;
  seed: number;
  teacher: TeacherWeights;
  /** Inference engine of the infer mode: TF.js on the active backend (default) or onnxruntime. */
  engine?: EngineName;
  /** onnxruntime intra-op threads (default DESTSEG_ORT_THREADS or the cores). */
  threads?: number;
  onStep?: (mode: BenchMode, step: number, ms: number) => void;
}

export interface ModeResult {
  mode: BenchMode;
  /** The first step, compilation included. */
  firstStepMs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  imagesPerSecond: number;
  /** Losses of the first step (training modes): the same seed should give the same values on every backend. */
  losses: StepLosses | null;
  /** Live tensors and their bytes after the mode's steps: the model and optimiser state, nothing else. */
  numTensors: number;
  numBytes: number;
  /** webgpu only: bytes of GPU buffers in use and allocated (tfjs's buffer pool); null elsewhere. */
  gpuBytesInUse: number | null;
  gpuBytesAllocated: number | null;
  /** webgpu only: dispatches, compute passes, submits and uploads of the last step; null elsewhere. */
  work: WebGPUWork | null;
}

export interface BenchReport {
  backend: string;
  engine: EngineName;
  /** onnxruntime's intra-op threads; null on TF.js. */
  ortThreads: number | null;
  size: number;
  batch: number;
  iters: number;
  seed: number;
  /** The speed patches in force (DESTSEG_WEBGPU_PATCHES); the webgpu kernel patch acts on webgpu only. */
  patches: string[];
  /** Whether the Sum, Mean and Tile gradients of backend/device-gradients.ts are in force (every backend). */
  deviceGradients: boolean;
  results: ModeResult[];
}

/**
 * A batch of ImageNet-normalised-range noise with one random rectangle of defect per image: timing does
 * not depend on the pixel values, and the mask gives the focal and L1 losses both classes.
 */
export function randomBatch(size: number, count: number, seed: number): TrainBatch {
  const rng = new Rng(seed);
  const pixels = size * size;
  const batch: TrainBatch = {
    size,
    count,
    clean: new Float32Array(count * pixels * 3),
    augmented: new Float32Array(count * pixels * 3),
    mask: new Float32Array(count * pixels),
  };
  for (let i = 0; i < batch.clean.length; i++) {
    batch.clean[i] = rng.range(-2, 2);
    batch.augmented[i] = rng.range(-2, 2);
  }
  for (let n = 0; n < count; n++) {
    const h = 1 + rng.int(size / 2);
    const w = 1 + rng.int(size / 2);
    const top = rng.int(size - h);
    const left = rng.int(size - w);
    for (let y = top; y < top + h; y++)
      batch.mask.fill(1, n * pixels + y * size + left, n * pixels + y * size + left + w);
  }
  return batch;
}

/** The optimisers exactly as the trainer builds them (official learning rates, momentum, weight decay). */
export function benchOptimizers(model: DestsegModel): { student: SgdMomentum; seg: SgdMomentum } {
  return {
    student: studentOptimizer(model.params, OFFICIAL_RECIPE),
    seg: segmentationOptimizer(model.params, OFFICIAL_RECIPE),
  };
}

/** One inference pass, read back so the time covers the whole forward on asynchronous backends. */
export async function inferMaps(
  model: DestsegModel,
  batch: TrainBatch,
): Promise<{ seg: Float32Array; dest: Float32Array }> {
  const x = tf.tensor4d(batch.clean, [batch.count, batch.size, batch.size, 3]);
  const maps = model.predict(x);
  const [seg, dest] = (await Promise.all([maps.seg.data(), maps.dest.data()])) as [
    Float32Array,
    Float32Array,
  ];
  tf.dispose([x, maps.seg, maps.dest]);
  return { seg, dest };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function validate(opts: BenchOptions): void {
  if (opts.engine === 'ort' && opts.modes.some((m) => m !== 'infer')) {
    throw new DestsegError('CONFIG_INVALID', 'the ort engine runs inference only: use --modes infer');
  }
  for (const [name, value] of [
    ['size', opts.size],
    ['batch', opts.batch],
    ['iters', opts.iters],
  ] as const) {
    if (!Number.isInteger(value) || value <= 0) {
      throw new DestsegError('CONFIG_INVALID', `${name} must be a positive integer, got ${value}`);
    }
  }
  if (opts.size % 32 !== 0) {
    throw new DestsegError(
      'CONFIG_INVALID',
      `size must be a multiple of 32 (ResNet18 strides), got ${opts.size}`,
    );
  }
  if (opts.modes.length === 0) throw new DestsegError('CONFIG_INVALID', 'no benchmark modes given');
}

/** One step of a mode on its own model and optimisers; returns the step's losses (null for inference). */
type Step = () => Promise<StepLosses | null>;

function stepFor(
  mode: BenchMode,
  model: DestsegModel,
  optimizers: ReturnType<typeof benchOptimizers>,
  batch: TrainBatch,
  ort: OrtDestsegSession | null,
): Step {
  if (ort) {
    // The exported graph also upsamples both maps to the image size and scores them: slightly more work.
    return async () => {
      await ort.run(batch.clean, batch.count);
      return null;
    };
  }
  switch (mode) {
    case 'train1':
      return () => stage1Step(model.params, optimizers.student, batch);
    case 'train2':
      return () => stage2Step(model.params, optimizers.seg, batch, OFFICIAL_RECIPE.focalGamma);
    case 'infer':
      return async () => {
        await inferMaps(model, batch);
        return null;
      };
  }
}

/**
 * Runs each mode on the active backend: one first step, then `iters` timed steps. Every mode starts from
 * the same freshly seeded model, so its first-step losses do not depend on the other modes or on `iters`
 * and can be compared across backends and machines.
 */
export async function runBench(opts: BenchOptions): Promise<BenchReport> {
  validate(opts);
  const batch = randomBatch(opts.size, opts.batch, opts.seed);
  const results: ModeResult[] = [];
  const readWork = tf.getBackend() === 'webgpu' ? countWebGPUWork(tf.backend() as WebGPUBackend) : null;
  const engine = opts.engine ?? 'tfjs';
  let ortThreads: number | null = null;
  for (const mode of opts.modes) {
    const model = DestsegModel.create(opts.teacher, opts.size, opts.seed);
    const optimizers = benchOptimizers(model);
    const ort =
      engine === 'ort'
        ? await OrtDestsegSession.create(
            buildDestsegOnnx(model.params, opts.size, { metadata: {}, producerVersion: 'bench' }),
            { threads: opts.threads },
          )
        : null;
    ortThreads = ort?.threads ?? null;
    try {
      const step = stepFor(mode, model, optimizers, batch, ort);
      const times: number[] = [];
      let losses: StepLosses | null = null;
      let firstStepMs = 0;
      let work: WebGPUWork | null = null;
      for (let i = 0; i <= opts.iters; i++) {
        const workBefore = readWork?.();
        const started = performance.now();
        const stepLosses = await step();
        const ms = performance.now() - started;
        if (readWork && workBefore) work = workBetween(workBefore, readWork());
        if (i === 0) {
          firstStepMs = ms;
          losses = stepLosses;
        } else {
          times.push(ms);
        }
        opts.onStep?.(mode, i, ms);
      }
      const memory = tf.memory() as tf.MemoryInfo & {
        numBytesInGPU?: number;
        numBytesAllocatedInGPU?: number;
      };
      const medianMs = median(times);
      results.push({
        mode,
        firstStepMs,
        medianMs,
        minMs: Math.min(...times),
        maxMs: Math.max(...times),
        imagesPerSecond: (opts.batch * 1000) / medianMs,
        losses,
        numTensors: memory.numTensors,
        numBytes: memory.numBytes,
        gpuBytesInUse: memory.numBytesInGPU ?? null,
        gpuBytesAllocated: memory.numBytesAllocatedInGPU ?? null,
        work,
      });
    } finally {
      await ort?.release();
      optimizers.student.dispose();
      optimizers.seg.dispose();
      model.dispose();
    }
  }
  return {
    backend: tf.getBackend(),
    engine,
    ortThreads,
    size: opts.size,
    batch: opts.batch,
    iters: opts.iters,
    seed: opts.seed,
    patches: [...enabledPatches()],
    deviceGradients: deviceGradientsEnabled(),
    results,
  };
}
