/** Tiny synthetic categories and training runs for engine tests (wasm backend, 32–64 px). */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectBackend } from '../../src/backend/select-backend.ts';
import { synthesizeCategory } from '../../src/synthetic/synth-dataset.ts';
import type { TrainConfig } from '../../src/train/train-config.ts';
import { type TrainEvent, type TrainResult, train } from '../../src/train/trainer.ts';
import { TEACHER_PATH } from './shared.ts';

export async function useWasm(): Promise<void> {
  await selectBackend('wasm', () => {});
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `destseg-${prefix}-`));
}

export async function tinyCategory(
  size: number,
  opts: { train?: number; seed?: number } = {},
): Promise<string> {
  const dir = join(await tempDir('cat'), 'tiny');
  await synthesizeCategory({
    outDir: dir,
    seed: opts.seed ?? 3,
    size,
    train: opts.train ?? 8,
    testGood: 3,
    testBad: 3,
  });
  return dir;
}

export async function tinyTrain(
  dataDir: string,
  outDir: string,
  config: Partial<TrainConfig>,
  extra: {
    resume?: boolean;
    signal?: AbortSignal;
    onEvent?: (e: TrainEvent) => void;
    exportOnnx?: boolean;
  } = {},
): Promise<TrainResult> {
  // The ONNX export is tested on its own (test/onnx); other engine tests skip its minute.
  return train({ dataDir, outDir, teacher: TEACHER_PATH, config, exportOnnx: false, ...extra });
}
