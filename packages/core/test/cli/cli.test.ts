/** The CLI contract, run as a user would: `destseg synth`, `train`, `inspect`, `eval`, and its errors. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { TEACHER_PATH } from '../support/shared.ts';
import { tempDir } from '../support/tiny-run.ts';

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const run = promisify(execFile);

async function destseg(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      env: { ...process.env, DESTSEG_BACKEND: 'wasm', DESTSEG_TEACHER: TEACHER_PATH },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}

/** `--name value` pairs, in order. */
function flags(values: Record<string, string>): string[] {
  return Object.entries(values).flatMap(([name, value]) => [`--${name}`, value]);
}

test('synth → train → inspect → eval from the command line', async () => {
  const dir = await tempDir('cli');
  const data = join(dir, 'cat');
  const synth = await destseg(
    'synth',
    ...flags({ out: data, size: '32', train: '4', 'test-good': '2', 'test-bad': '2' }),
  );
  assert.equal(synth.code, 0, synth.stderr);
  assert.ok(existsSync(join(data, 'train', 'good')));

  const model = join(dir, 'model');
  const trained = await destseg(
    'train',
    ...flags({ data, out: model, size: '32', batch: '2', steps: '2', 'stage1-steps': '1' }),
  );
  assert.equal(trained.code, 0, trained.stderr);
  assert.match(trained.stderr, /backend: wasm/);
  assert.match(trained.stderr, /train .* 2\/2 stage 2/);
  const result = JSON.parse(trained.stdout.trim()) as { onnxPath: string | null };
  assert.ok(result.onnxPath && existsSync(result.onnxPath), 'a successful run writes model.onnx');

  const exported = await destseg('export', '--model', model, '--out', join(dir, 'copy.onnx'));
  assert.equal(exported.code, 0, exported.stderr);
  assert.match(exported.stderr, /parity on \d+ images .*: passed/);
  const exportLine = JSON.parse(exported.stdout.trim()) as { onnx: string; passed: boolean };
  assert.equal(exportLine.passed, true);
  assert.ok(existsSync(join(dir, 'copy.onnx')) && existsSync(join(dir, 'copy.onnx.parity.json')));

  const image = join(data, 'test', 'scratch', '000.png');
  /** `destseg inspect --model <model> <image>`, then `args`. */
  const inspect = (...args: string[]) => destseg('inspect', '--model', model, image, ...args);
  const inspected = await inspect('--out', join(dir, 'maps'));
  assert.equal(inspected.code, 0, inspected.stderr);
  assert.doesNotMatch(inspected.stderr, /falling back/, 'inspect runs on onnxruntime');
  const tfjs = await inspect(...flags({ out: join(dir, 'tfjs'), engine: 'tfjs' }));
  assert.equal(tfjs.code, 0, tfjs.stderr);
  const [ortScore, tfjsScore] = [inspected, tfjs].map(
    (r) => (JSON.parse(r.stdout.trim()) as { score: number }).score,
  );
  assert.ok(Math.abs((ortScore as number) - (tfjsScore as number)) <= 1e-5 * Math.abs(tfjsScore as number));
  const badEngine = await inspect('--engine', 'torch');
  assert.equal(badEngine.code, 2);
  assert.match(badEngine.stderr, /CONFIG_INVALID: engine must be one of ort, tfjs/);
  const lines = inspected.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.length, 1);
  assert.deepEqual(Object.keys(lines[0] ?? {}).sort(), ['destScore', 'heatmap', 'image', 'overlay', 'score']);
  assert.ok(existsSync(lines[0]?.heatmap as string) && existsSync(lines[0]?.overlay as string));

  const dest = await inspect(...flags({ out: join(dir, 'maps'), output: 'dest' }));
  assert.equal(dest.code, 0, dest.stderr);
  const destLine = JSON.parse(dest.stdout.trim()) as { score: number; destScore: number };
  assert.equal(destLine.score, destLine.destScore, '--output dest scores with the DeST branch');
  const bogus = await inspect('--output', 'bogus');
  assert.equal(bogus.code, 2);
  assert.match(bogus.stderr, /CONFIG_INVALID: output must be one of seg, dest, fused/);

  const json = join(dir, 'eval.json');
  const evaluated = await destseg('eval', ...flags({ model, data, json, 'false-alarm-rate': '0.1' }));
  assert.equal(evaluated.code, 0, evaluated.stderr);
  assert.match(evaluated.stdout, /imageAuroc +pixelAuroc +pixelAp +iap +iap90 +aupro +f1Max +threshold/);
  // The threshold each policy would pick, per output, as the API's policies pick them.
  assert.match(evaluated.stdout, /threshold by policy +f1_max +false_alarm_rate 0\.1 +good_quantile 0\.99/);
  const report = JSON.parse(await readFile(json, 'utf8')) as Record<
    string,
    Record<string, Record<string, unknown>>
  >;
  const thresholds = report.thresholds as Record<string, Record<string, { value: number }>>;
  for (const output of ['seg', 'dest', 'fused']) {
    for (const kind of ['f1_max', 'false_alarm_rate', 'good_quantile']) {
      assert.ok(Number.isFinite(thresholds[output]?.[kind]?.value), `${output}.${kind}`);
    }
    assert.match(evaluated.stdout, new RegExp(`^${output} +\\d\\.\\d{4} +\\d\\.\\d{4} +\\d\\.\\d{4}$`, 'm'));
  }
  // F1-max picks the evaluation's image F1 point, or the score of the image at that point where float32
  // rounding put the point just above it (threshold-policy.ts): the same value to float32 precision.
  const f1Pick = thresholds.seg?.f1_max?.value as number;
  const f1Point = report.seg?.overall?.imageF1Threshold as number;
  assert.ok(Math.abs(f1Pick - f1Point) <= 1e-6 * Math.max(1, Math.abs(f1Point)), `${f1Pick} vs ${f1Point}`);
  const badRate = await destseg('eval', '--model', model, '--data', data, '--quantile', '2');
  assert.equal(badRate.code, 2);
  assert.match(badRate.stderr, /CONFIG_INVALID: --quantile must be a number in \[0, 1\], got '2'/);
  for (const output of ['seg', 'dest']) {
    const keys = Object.keys(report[output]?.overall ?? {});
    for (const k of [
      'imageAuroc',
      'pixelAuroc',
      'pixelAp',
      'iap',
      'iap90',
      'aupro',
      'imageF1',
      'imageF1Threshold',
      'pixelF1',
      'pixelF1Threshold',
    ]) {
      assert.ok(keys.includes(k), `${output}.overall.${k}`);
    }
  }
});

test('errors are a code and a message naming the culprit, not a stack trace', async () => {
  const dir = await tempDir('cli-bad');
  const bad = join(dir, 'broken.png');
  await writeFile(bad, 'definitely not an image');
  const missingModel = await destseg('inspect', '--model', join(dir, 'nothing'), bad);
  assert.equal(missingModel.code, 2);
  assert.match(missingModel.stderr, /CHECKPOINT_INVALID: .*nothing/);
  assert.doesNotMatch(missingModel.stderr, /\n\s+at /);

  const noData = await destseg(
    'train',
    ...flags({ data: join(dir, 'absent'), out: join(dir, 'run'), size: '32' }),
  );
  assert.equal(noData.code, 2);
  assert.match(noData.stderr, /DATASET_INVALID: .*absent/);

  const unknown = await destseg('fly');
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /unknown command 'fly'/);
});
