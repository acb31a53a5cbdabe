import { writeFile } from 'node:fs/promises';
import * as tf from '@tensorflow/tfjs';
import { type BackendName, selectBackend } from '../../backend/select-backend.ts';
import { BENCH_MODES, type BenchMode, type ModeResult, runBench } from '../../bench/run-bench.ts';
import { DestsegError } from '../../errors.ts';
import { loadTeacherWeights, resolveTeacherSource } from '../../model/destseg/teacher-weights.ts';
import { parseEngine } from '../../onnx/load-predictor.ts';
import { defineCommand, type FlagSpecs, type FlagValues } from '../command-spec.ts';
import { BACKEND_FLAG, BATCH_FLAG, SIZE_FLAG, TEACHER_FLAGS } from '../common-flags.ts';
import { intFlag } from './args.ts';

function modesFlag(value: string | undefined): BenchMode[] {
  if (value === undefined) return [...BENCH_MODES];
  const modes = value.split(',').map((m) => m.trim());
  for (const mode of modes) {
    if (!(BENCH_MODES as readonly string[]).includes(mode)) {
      throw new DestsegError(
        'CONFIG_INVALID',
        `--modes: unknown mode '${mode}'; expected a comma list of ${BENCH_MODES.join(', ')}`,
      );
    }
  }
  return modes as BenchMode[];
}

const MIB = 1024 * 1024;

const COLUMNS: Array<{ title: string; cell: (r: ModeResult) => string }> = [
  { title: 'mode', cell: (r) => r.mode },
  { title: 'first ms', cell: (r) => r.firstStepMs.toFixed(0) },
  { title: 'median ms', cell: (r) => r.medianMs.toFixed(1) },
  { title: 'min ms', cell: (r) => r.minMs.toFixed(1) },
  { title: 'max ms', cell: (r) => r.maxMs.toFixed(1) },
  { title: 'images/s', cell: (r) => r.imagesPerSecond.toFixed(1) },
  { title: 'tensors', cell: (r) => String(r.numTensors) },
  { title: 'tensor MiB', cell: (r) => (r.numBytes / MIB).toFixed(1) },
  { title: 'dispatches', cell: (r) => (r.work === null ? '-' : String(r.work.dispatches)) },
  { title: 'passes', cell: (r) => (r.work === null ? '-' : String(r.work.computePasses)) },
  { title: 'submits', cell: (r) => (r.work === null ? '-' : String(r.work.submits)) },
  {
    title: 'uploads (KiB)',
    cell: (r) => (r.work === null ? '-' : `${r.work.uploads} (${(r.work.uploadBytes / 1024).toFixed(0)})`),
  },
  { title: 'GPU MiB', cell: (r) => (r.gpuBytesInUse === null ? '-' : (r.gpuBytesInUse / MIB).toFixed(1)) },
  {
    title: 'first-step losses',
    cell: (r) =>
      r.losses === null
        ? '-'
        : Object.entries(r.losses)
            .map(([k, v]) => `${k} ${(v as number).toPrecision(6)}`)
            .join(', '),
  },
];

/** A plain-text table, columns padded to their widest cell. */
function textTable(rows: readonly string[][]): string {
  const widths = (rows[0] as string[]).map((_, i) =>
    Math.max(...rows.map((row) => (row[i] as string).length)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] as number))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function benchTable(results: readonly ModeResult[]): string {
  return textTable([COLUMNS.map((c) => c.title), ...results.map((r) => COLUMNS.map((c) => c.cell(r)))]);
}

/** The `top` programs by dispatches in each mode's last step (webgpu), most first. */
export function kernelsTable(results: readonly ModeResult[], top: number): string {
  const rows = [['mode', 'program', 'dispatches', 'share']];
  for (const r of results) {
    if (r.work === null) continue;
    const total = r.work.dispatches;
    const ranked = Object.entries(r.work.byProgram).sort((a, b) => b[1] - a[1]);
    for (const [label, n] of ranked.slice(0, top)) {
      rows.push([r.mode, label, String(n), `${((100 * n) / total).toFixed(1)} %`]);
    }
  }
  return textTable(rows);
}

const BENCH_FLAGS = {
  backend: BACKEND_FLAG,
  engine: { value: 'NAME', help: 'tfjs|ort (default tfjs; ort runs infer only)' },
  threads: { value: 'N', help: 'onnxruntime threads' },
  size: SIZE_FLAG,
  batch: BATCH_FLAG,
  modes: { value: 'LIST', help: 'comma list of train1,train2,infer (default all)' },
  iters: { value: 'N', help: 'timed steps per mode (default 10)' },
  seed: { value: 'N', help: 'random seed (default 0)' },
  ...TEACHER_FLAGS,
  json: { value: 'FILE', help: 'also write the results as JSON' },
  'submit-batch': { value: 'N', help: 'webgpu: dispatches recorded before a command buffer is submitted' },
  kernels: { value: 'N', help: 'list the N programs with the most dispatches per mode' },
} as const satisfies FlagSpecs;

export const benchCommand = defineCommand({
  name: 'bench',
  summary: 'median ms per step and images/s per mode, compile time, memory and (webgpu) dispatches',
  flags: BENCH_FLAGS,
  run: runBenchCommand,
});

async function runBenchCommand(values: FlagValues<typeof BENCH_FLAGS>): Promise<void> {
  // TF.js unless --engine says otherwise: training modes exist on TF.js only.
  const engine = values.engine === undefined ? 'tfjs' : parseEngine(values.engine);
  const modes = modesFlag(values.modes);
  const backend = await selectBackend(values.backend as BackendName | undefined);
  const submitBatch = intFlag(values['submit-batch'], 'submit-batch');
  if (submitBatch !== undefined) {
    // Dispatches tfjs-webgpu records before it submits a command buffer (its default is 15).
    if (backend.name !== 'webgpu' || submitBatch <= 0) {
      throw new DestsegError(
        'CONFIG_INVALID',
        '--submit-batch takes a positive integer, on the webgpu backend only',
      );
    }
    tf.env().set('WEBGPU_DEFERRED_SUBMIT_BATCH_SIZE', submitBatch);
  }
  const kernels = intFlag(values.kernels, 'kernels');
  if (kernels !== undefined && (backend.name !== 'webgpu' || kernels <= 0)) {
    throw new DestsegError(
      'CONFIG_INVALID',
      '--kernels takes a positive integer, on the webgpu backend only',
    );
  }
  const teacher = await loadTeacherWeights(resolveTeacherSource(values.teacher), {
    sha256: values['teacher-sha256'],
  });
  const size = intFlag(values.size, 'size') ?? 256;
  const batch = intFlag(values.batch, 'batch') ?? 32;
  const iters = intFlag(values.iters, 'iters') ?? 10;
  const report = await runBench({
    size,
    batch,
    modes,
    iters,
    seed: intFlag(values.seed, 'seed') ?? 0,
    teacher,
    engine,
    threads: intFlag(values.threads, 'threads'),
    onStep: (mode, step, ms) =>
      console.error(
        `bench ${mode} ${step === 0 ? 'first step' : `step ${step}/${iters}`}: ${ms.toFixed(1)} ms`,
      ),
  });
  const submit =
    backend.name === 'webgpu' ? `; submit batch ${tf.env().get('WEBGPU_DEFERRED_SUBMIT_BATCH_SIZE')}` : '';
  const engineLine =
    report.engine === 'ort' ? `engine onnxruntime (cpu, ${report.ortThreads} intra-op threads); ` : '';
  console.log(
    `${engineLine}backend ${backend.name} (${backend.detail}); ${size}x${size}, batch ${batch}, median of ${iters} steps; patches: ${report.patches.join(', ') || 'none'}${submit}`,
  );
  console.log(benchTable(report.results));
  if (kernels !== undefined) {
    console.log(`\ndispatches per step by program, top ${kernels} of each mode:`);
    console.log(kernelsTable(report.results, kernels));
  }
  if (values.json) {
    const file = {
      ...report,
      backendDetail: backend.detail,
      webgpuSubmitBatch: backend.name === 'webgpu' ? tf.env().get('WEBGPU_DEFERRED_SUBMIT_BATCH_SIZE') : null,
      node: process.version,
      date: new Date().toISOString(),
      teacher: { source: teacher.source, sha256: teacher.sha256 },
    };
    await writeFile(values.json, `${JSON.stringify(file, null, 2)}\n`);
  }
}
