/** Tiny synthetic categories and training runs for engine tests (wasm backend, 32–64 px). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { selectBackend } from '../../src/backend/select-backend.ts';
import { synthesizeCategory } from '../../src/synthetic/synth-dataset.ts';
import type { TrainConfig } from '../../src/train/train-config.ts';
import { type TrainEvent, type TrainResult, train } from '../../src/train/trainer.ts';
import { TEACHER_PATH } from './shared.ts';

export async function useWasm(): Promise<void> {
  await selectBackend('wasm', () => {});
}

const tempDirs: string[] = [];
// Every folder made here goes when the test file is done, whether its tests passed or not.
after(() => Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A fresh folder under the system temp dir, removed after the test file's last test. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `destseg-${prefix}-`));
  tempDirs.push(dir);
  return dir;
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
