/**
 * The engine demo: a synthetic category, a short training run and inspections of its test images,
 * with progress on stderr and the results as JSON lines. Everything lands under ./data/demo.
 */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { selectBackend } from '../backend/select-backend.ts';
import { inspectFiles } from '../inference/inspect-files.ts';
import { Inspector } from '../inference/inspector.ts';
import { resolveTeacherSource } from '../model/destseg/teacher-weights.ts';
import { synthesizeCategory } from '../synthetic/synth-dataset.ts';
import { train } from '../train/trainer.ts';
import { ProgressBar } from './progress-bar.ts';

const root = resolve(process.env.DESTSEG_DATA_DIR ?? 'data', 'demo');
const dataDir = join(root, 'category');
const runDir = join(root, 'run');

await selectBackend();
console.error(`demo: synthetic category → ${dataDir}`);
await synthesizeCategory({ outDir: dataDir, seed: 0, size: 64, train: 16, testGood: 4, testBad: 6 });
const bar = new ProgressBar('train');
await train({
  dataDir,
  outDir: runDir,
  teacher: resolveTeacherSource(),
  config: { imageSize: 64, batchSize: 4, steps: 40, stage1Steps: 20, checkpointEvery: 20 },
  onEvent: (e) => {
    if (e.type === 'step') bar.update(e.step, e.totalSteps, `stage ${e.stage}`, e.etaSeconds);
  },
});
const inspector = await Inspector.load(runDir);
const testDir = join(dataDir, 'test');
const images: string[] = [];
for (const type of (await readdir(testDir)).sort()) {
  for (const name of (await readdir(join(testDir, type))).sort()) images.push(join(testDir, type, name));
}
await inspectFiles(inspector, images, join(root, 'inspections'), {
  onResult: (r) => console.log(JSON.stringify(r)),
});
inspector.dispose();
console.error(`demo: heatmaps and overlays in ${join(root, 'inspections')}`);
