/**
 * Checkpoints of a training run. Layout of a run directory:
 *   config.json                  train config, teacher, dataset (written at start)
 *   train-log.jsonl              one JSON line per step event
 *   checkpoints/step-NNNNNN/     model.safetensors (teacher included), optimizer.safetensors (momenta)
 *   latest.json                  {"step", "checkpoint"}: the newest complete checkpoint
 * No random-generator state is stored: every draw of step k derives from (seed, stream, k) (seeds.ts), so
 * the step number is all `--resume` needs beside the weights and momenta. The two newest checkpoints are kept.
 * A checkpoint is written into a temporary folder and renamed, and latest.json is replaced by
 * rename, so an interrupted write never leaves a half checkpoint behind.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DestsegError } from '../errors.ts';
import { encodeSafetensors, readSafetensors } from '../io/safetensors.ts';
import type { NamedArray } from '../model/param-store.ts';

export const MODEL_FILE = 'model.safetensors';
const OPTIMIZER_FILE = 'optimizer.safetensors';
const LATEST_FILE = 'latest.json';
const KEEP = 2;

export interface CheckpointPointer {
  step: number;
  checkpoint: string;
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeFile(`${path}.tmp`, data);
  await rename(`${path}.tmp`, path);
}

export async function writeCheckpoint(
  runDir: string,
  step: number,
  model: Uint8Array,
  optimizer: Record<string, NamedArray>,
): Promise<string> {
  const name = `step-${String(step).padStart(6, '0')}`;
  const dir = join(runDir, 'checkpoints', name);
  const tmp = `${dir}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  await writeFile(join(tmp, MODEL_FILE), model);
  await writeFile(join(tmp, OPTIMIZER_FILE), encodeSafetensors(optimizer));
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  const pointer: CheckpointPointer = { step, checkpoint: join('checkpoints', name) };
  await writeFileAtomic(join(runDir, LATEST_FILE), `${JSON.stringify(pointer)}\n`);
  const all = (await readdir(join(runDir, 'checkpoints'))).filter((n) => /^step-\d+$/.test(n)).sort();
  for (const old of all.slice(0, -KEEP))
    await rm(join(runDir, 'checkpoints', old), { recursive: true, force: true });
  return dir;
}

export async function readLatest(runDir: string): Promise<CheckpointPointer | null> {
  const path = join(runDir, LATEST_FILE);
  if (!existsSync(path)) return null;
  try {
    const pointer = JSON.parse(await readFile(path, 'utf8')) as CheckpointPointer;
    if (!Number.isInteger(pointer.step) || typeof pointer.checkpoint !== 'string')
      throw new Error('bad fields');
    return pointer;
  } catch (cause) {
    throw new DestsegError('CHECKPOINT_INVALID', `${path} is not a valid checkpoint pointer`, { cause });
  }
}

/** Path of the newest model file of a run (or of a model folder), with a clear error if there is none. */
export async function latestModelPath(runDir: string): Promise<string> {
  const pointer = await readLatest(runDir);
  if (!pointer) {
    throw new DestsegError(
      'CHECKPOINT_INVALID',
      `${runDir} holds no trained model (no ${LATEST_FILE}): train one first`,
    );
  }
  return join(runDir, pointer.checkpoint, MODEL_FILE);
}

export async function readOptimizerState(
  runDir: string,
  pointer: CheckpointPointer,
): Promise<Map<string, NamedArray>> {
  return readSafetensors(join(runDir, pointer.checkpoint, OPTIMIZER_FILE), 'CHECKPOINT_INVALID');
}
