import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { DestsegError } from '../../src/errors.ts';
import { latestModelPath } from '../../src/train/checkpoint.ts';
import type { TrainEvent } from '../../src/train/trainer.ts';
import { tempDir, tinyCategory, tinyTrain, useWasm } from '../support/tiny-run.ts';

await useWasm();
const data = await tinyCategory(32);
const tiny = { imageSize: 32, batchSize: 2, seed: 5, checkpointEvery: 100 };

test('no tensor leak: tf.memory() is the same after 5 and after 10 steps', async () => {
  const counts = new Map<number, number>();
  await tinyTrain(
    data,
    await tempDir('mem'),
    { ...tiny, steps: 10, stage1Steps: 3 },
    {
      onEvent: (e) => {
        if (e.type === 'step') counts.set(e.step, tf.memory().numTensors);
      },
    },
  );
  assert.equal(
    counts.get(10),
    counts.get(5),
    `tensors after 5 steps ${counts.get(5)}, after 10 ${counts.get(10)}`,
  );
  assert.equal(counts.get(3), counts.get(2), 'stage 1 steady too');
});

test('events: start, every step with stage-specific losses and ETA, checkpoints, done', async () => {
  const events: TrainEvent[] = [];
  const result = await tinyTrain(
    data,
    await tempDir('events'),
    { ...tiny, steps: 4, stage1Steps: 2, checkpointEvery: 2 },
    {
      onEvent: (e) => events.push(e),
    },
  );
  assert.equal(result.status, 'succeeded');
  assert.deepEqual(
    events.map((e) => e.type),
    ['start', 'step', 'step', 'checkpoint', 'step', 'step', 'checkpoint', 'done'],
  );
  const steps = events.filter((e) => e.type === 'step');
  assert.deepEqual(
    steps.map((s) => s.stage),
    [1, 1, 2, 2],
  );
  assert.ok(Number.isFinite(steps[0]?.losses.cosine));
  assert.ok(Number.isFinite(steps[3]?.losses.focal) && Number.isFinite(steps[3]?.losses.l1));
  assert.ok(steps.every((s) => s.etaSeconds >= 0 && s.imagesPerSecond > 0));
  assert.equal(steps[3]?.etaSeconds, 0);
  const log = (await readFile(join(result.runDir, 'train-log.jsonl'), 'utf8')).trim().split('\n');
  assert.equal(log.length, 4);
});

test('--resume after an interruption gives the same model and losses as an uninterrupted run', async () => {
  const config = { ...tiny, steps: 5, stage1Steps: 2, checkpointEvery: 100 };
  const straight = await tinyTrain(data, await tempDir('straight'), config);

  const interruptedDir = await tempDir('resume');
  const controller = new AbortController();
  const first = await tinyTrain(data, interruptedDir, config, {
    signal: controller.signal,
    onEvent: (e) => {
      if (e.type === 'step' && e.step === 3) controller.abort();
    },
  });
  assert.equal(first.status, 'cancelled');
  assert.equal(first.step, 3);
  // The checkpoint holds the teacher: a resume must not need the original teacher file any more.
  const configPath = join(interruptedDir, 'config.json');
  const saved = JSON.parse(await readFile(configPath, 'utf8')) as { teacher: string };
  await writeFile(
    configPath,
    JSON.stringify({ ...saved, teacher: join(interruptedDir, 'moved-away.safetensors') }),
  );
  const resumed = await tinyTrain('', interruptedDir, {}, { resume: true });
  assert.equal(resumed.status, 'succeeded');
  assert.equal(resumed.step, 5);

  const [a, b] = await Promise.all([
    readFile(await latestModelPath(straight.runDir)),
    readFile(await latestModelPath(resumed.runDir)),
  ]);
  assert.ok(a.equals(b), 'resumed weights are byte-identical');
  const losses = async (dir: string) =>
    (await readFile(join(dir, 'train-log.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.stringify((JSON.parse(l) as { losses: unknown }).losses));
  assert.deepEqual(await losses(resumed.runDir), await losses(straight.runDir));
});

test('bad input: a corrupt training image is named in a clear error, and nothing is written', async () => {
  const broken = await tinyCategory(32, { seed: 9 });
  await writeFile(join(broken, 'train', 'good', '001.png'), Buffer.from('not a png at all'));
  const out = await tempDir('corrupt');
  await assert.rejects(tinyTrain(broken, out, { ...tiny, steps: 1, stage1Steps: 1 }), (e: unknown) => {
    assert.ok(e instanceof DestsegError);
    assert.equal(e.code, 'IMAGE_UNREADABLE');
    assert.match(e.message, /001\.png/);
    return true;
  });
  assert.deepEqual(await readdir(out), []);
});

test('bad config: a batch larger than the training set and a bad image size are rejected', async () => {
  await assert.rejects(tinyTrain(data, await tempDir('cfg'), { ...tiny, batchSize: 64 }), /batch size 64/);
  await assert.rejects(tinyTrain(data, await tempDir('cfg'), { ...tiny, imageSize: 40 }), /multiple of 32/);
  await assert.rejects(tinyTrain(data, await tempDir('cfg'), {}, { resume: true }), /holds no checkpoint/);
});
