/**
 * The DeSTSeg training loop: two-stage schedule, per-step events (losses, throughput, ETA),
 * cancellation through an AbortSignal, periodic atomic checkpoints, and exact `resume`.
 */
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { type AugmentationGroup, augmentationGroupFor } from '../data/augmentation.ts';
import { loadTrainImage, scanMvtecCategory } from '../data/mvtec-dataset.ts';
import { DestsegError } from '../errors.ts';
import { DestsegModel } from '../model/destseg/destseg-model.ts';
import { loadTeacherWeights } from '../model/destseg/teacher-weights.ts';
import { exportOnnx } from '../onnx/export-onnx.ts';
import {
  FolderTextureSource,
  ProceduralTextureSource,
  type TextureSource,
} from '../synthetic/texture-source.ts';
import { BatchSource } from './batch-source.ts';
import {
  latestModelPath,
  readLatest,
  readOptimizerState,
  writeCheckpoint,
  writeFileAtomic,
} from './checkpoint.ts';
import { segmentationOptimizer, studentOptimizer } from './optimizers.ts';
import { Pace } from './pace.ts';
import { STREAM, streamRng } from './seeds.ts';
import { OFFICIAL_RECIPE, resolveTrainConfig, type TrainConfig } from './train-config.ts';
import { type StepLosses, stage1Step, stage2Step } from './train-steps.ts';

export type TrainStatus = 'succeeded' | 'cancelled';

export type TrainEvent =
  | {
      type: 'start';
      runDir: string;
      startStep: number;
      totalSteps: number;
      backend: string;
      config: TrainConfig;
      teacher: { source: string; sha256: string };
    }
  | {
      type: 'step';
      /** Steps completed so far (1..totalSteps). */
      step: number;
      totalSteps: number;
      stage: 1 | 2;
      losses: StepLosses;
      imagesPerSecond: number;
      elapsedSeconds: number;
      etaSeconds: number;
    }
  | { type: 'checkpoint'; step: number; path: string }
  | {
      type: 'done';
      step: number;
      status: TrainStatus;
      modelPath: string;
      /** The model.onnx written beside the model (through the parity gate); null when none was. */
      onnxPath: string | null;
      /** Why no model.onnx was written (the parity gate refused it, or the export failed). */
      onnxError?: string;
      wallSeconds: number;
    };

export interface TrainOptions {
  /** MVTec-layout category folder. */
  dataDir: string;
  /** Run directory for checkpoints and logs. */
  outDir: string;
  /** Teacher weights: path or URL of a torchvision ResNet18 safetensors file. */
  teacher: string;
  teacherSha256?: string;
  config?: Partial<TrainConfig>;
  /** Continue from the run directory's last checkpoint (its config wins). */
  resume?: boolean;
  signal?: AbortSignal;
  onEvent?: (event: TrainEvent) => void;
  /** Export model.onnx when the run succeeds (default true). */
  exportOnnx?: boolean;
}

export interface TrainResult {
  status: TrainStatus;
  step: number;
  runDir: string;
  modelPath: string;
  onnxPath: string | null;
}

interface RunConfigFile {
  config: TrainConfig;
  dataDir: string;
  teacher: string;
  teacherSha256: string;
}

function augmentationGroup(config: TrainConfig, dataDir: string): AugmentationGroup {
  return config.augmentation === 'auto'
    ? augmentationGroupFor(basename(resolve(dataDir)))
    : config.augmentation;
}

async function textureSource(config: TrainConfig): Promise<TextureSource> {
  return config.textures ? FolderTextureSource.open(config.textures) : new ProceduralTextureSource();
}

export async function train(opts: TrainOptions): Promise<TrainResult> {
  const runDir = resolve(opts.outDir);
  const startedAt = performance.now();
  const pointer = opts.resume ? await readLatest(runDir) : null;
  if (opts.resume && !pointer) {
    throw new DestsegError('CHECKPOINT_INVALID', `cannot resume: ${runDir} holds no checkpoint`);
  }
  const saved = pointer
    ? (JSON.parse(await readFile(join(runDir, 'config.json'), 'utf8')) as RunConfigFile)
    : null;
  // Runs saved before a config field existed resume with that field's official default.
  const config = saved ? { ...OFFICIAL_RECIPE, ...saved.config } : resolveTrainConfig(opts.config ?? {});
  const dataDir = saved ? saved.dataDir : resolve(opts.dataDir);

  const category = await scanMvtecCategory(dataDir);
  const images = [];
  for (const path of category.train) images.push(await loadTrainImage(path, config.imageSize));
  const batches = new BatchSource(
    images,
    config.batchSize,
    augmentationGroup(config, dataDir),
    await textureSource(config),
    config.seed,
    config.perlinScaleRange,
  );

  // A checkpoint's model file holds the teacher: a resume never reads the original teacher file again (it
  // may have moved, or been a URL on a machine now offline). Only a fresh run loads it.
  let model: DestsegModel;
  let teacher: { source: string; sha256: string };
  if (pointer && saved) {
    model = await DestsegModel.load(join(runDir, pointer.checkpoint, 'model.safetensors'));
    teacher = { source: saved.teacher, sha256: saved.teacherSha256 };
  } else {
    const weights = await loadTeacherWeights(opts.teacher, { sha256: opts.teacherSha256 });
    model = DestsegModel.create(
      weights,
      config.imageSize,
      streamRng(config.seed, STREAM.init, 0).nextUint32(),
    );
    teacher = { source: weights.source, sha256: weights.sha256 };
  }
  const p = model.params;
  const studentOpt = studentOptimizer(p, config);
  const segOpt = segmentationOptimizer(p, config);

  const logPath = join(runDir, 'train-log.jsonl');
  let step = 0;
  if (pointer) {
    const velocity = await readOptimizerState(runDir, pointer);
    const pick = (prefix: string) => new Map([...velocity].filter(([k]) => k.startsWith(prefix)));
    studentOpt.load(pick('student.'));
    segOpt.load(pick('seg.'));
    step = pointer.step;
    // Drop log lines past the checkpoint: the resumed run writes those steps again.
    const lines = (await readFile(logPath, 'utf8').catch(() => ''))
      .split('\n')
      .filter((l) => l.trim() !== '');
    const kept = lines.filter((l) => (JSON.parse(l) as { step: number }).step <= step);
    await writeFileAtomic(logPath, kept.map((l) => `${l}\n`).join(''));
  } else {
    await mkdir(runDir, { recursive: true });
    const file: RunConfigFile = { config, dataDir, teacher: teacher.source, teacherSha256: teacher.sha256 };
    await writeFileAtomic(join(runDir, 'config.json'), `${JSON.stringify(file, null, 2)}\n`);
    await writeFile(logPath, '');
  }

  const emit = (e: TrainEvent) => opts.onEvent?.(e);
  emit({
    type: 'start',
    runDir,
    startStep: step,
    totalSteps: config.steps,
    backend: tf.getBackend(),
    config,
    teacher: { source: teacher.source, sha256: teacher.sha256 },
  });

  const checkpoint = async () => {
    const path = await writeCheckpoint(runDir, step, await model.save(), {
      ...(await studentOpt.toArrays()),
      ...(await segOpt.toArrays()),
    });
    emit({ type: 'checkpoint', step, path });
    return path;
  };

  const pace = new Pace();
  let status: TrainStatus = 'succeeded';
  let lastCheckpointStep = pointer?.step ?? -1;
  try {
    while (step < config.steps) {
      if (opts.signal?.aborted) {
        status = 'cancelled';
        break;
      }
      const t0 = performance.now();
      const stage: 1 | 2 = step < config.stage1Steps ? 1 : 2;
      const batch = await batches.batch(step);
      const losses = await (stage === 1
        ? stage1Step(p, studentOpt, batch)
        : stage2Step(p, segOpt, batch, config.focalGamma)
      ).catch((error: unknown) => {
        throw backendMemoryError(error, config) ?? error;
      });
      step += 1;
      const seconds = (performance.now() - t0) / 1000;
      pace.record(stage, seconds);
      const remaining1 = Math.max(0, config.stage1Steps - step);
      const remaining2 = config.steps - step - remaining1;
      const event: TrainEvent = {
        type: 'step',
        step,
        totalSteps: config.steps,
        stage,
        losses,
        imagesPerSecond: config.batchSize / seconds,
        elapsedSeconds: (performance.now() - startedAt) / 1000,
        etaSeconds: pace.etaSeconds(remaining1, remaining2),
      };
      await appendFile(logPath, `${JSON.stringify(event)}\n`);
      emit(event);
      if (step % config.checkpointEvery === 0 || step === config.steps) {
        await checkpoint();
        lastCheckpointStep = step;
      }
    }
    if (step !== lastCheckpointStep) await checkpoint();
  } finally {
    studentOpt.dispose();
    segOpt.dispose();
    model.dispose();
  }
  const modelPath = await latestModelPath(runDir);
  const onnx =
    status === 'succeeded' && opts.exportOnnx !== false
      ? await exportOnnxQuietly(modelPath)
      : { onnxPath: null };
  emit({
    type: 'done',
    step,
    status,
    modelPath,
    ...onnx,
    wallSeconds: (performance.now() - startedAt) / 1000,
  });
  return { status, step, runDir, modelPath, onnxPath: onnx.onnxPath };
}

/** model.onnx for a finished run; a refused or failed export leaves the run succeeded (TF.js serves it). */
async function exportOnnxQuietly(
  modelPath: string,
): Promise<{ onnxPath: string | null; onnxError?: string }> {
  try {
    return { onnxPath: (await exportOnnx(modelPath)).onnxPath };
  } catch (error) {
    return { onnxPath: null, onnxError: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The wasm backend's 32-bit heap: tfjs-backend-wasm addresses at most 2 GB, and a step whose tensors need
 * more fails deep inside a kernel with "memory access out of bounds" (stage 2 at 256 px, batch 4, does).
 * That is a configuration this backend cannot run: say so, with what to change.
 */
function backendMemoryError(error: unknown, config: TrainConfig): DestsegError | undefined {
  // A WebAssembly.RuntimeError (the name: core's TypeScript lib has no WebAssembly types).
  if (
    !(error instanceof Error) ||
    error.name !== 'RuntimeError' ||
    !/memory access out of bounds/.test(error.message)
  ) {
    return undefined;
  }
  return new DestsegError(
    'CONFIG_INVALID',
    `the ${tf.getBackend()} backend ran out of addressable memory (2 GB) for a training step at ` +
      `${config.imageSize} px, batch ${config.batchSize}: lower the batch size or the image size, or train ` +
      'on the webgpu or tensorflow backend',
    { cause: error },
  );
}
