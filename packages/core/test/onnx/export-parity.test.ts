/**
 * ONNX export of a tiny trained model (32 px, a few steps, wasm): the graph passes the parity gate
 * against the TF.js engine on the category's test images, carries its metadata, and `eval` gives
 * the same metrics on both engines. The gate itself refuses outputs beyond its tolerances.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import onnxProto from 'onnx-proto';
import { scanMvtecCategory } from '../../src/data/mvtec-dataset.ts';
import { evaluateModel } from '../../src/evaluation/evaluate-model.ts';
import { decodeImage } from '../../src/image/decode-image.ts';
import type { MapPrediction } from '../../src/inference/map-predictor.ts';
import type { MetricReport } from '../../src/metrics/map-metrics.ts';
import {
  type ExportReport,
  exportOnnx,
  onnxPathFor,
  parityReportPath,
  readParityReport,
} from '../../src/onnx/export-onnx.ts';
import { loadPredictor } from '../../src/onnx/load-predictor.ts';
import { OrtDestsegSession } from '../../src/onnx/ort-session.ts';
import { compareEngines, PARITY_TOLERANCE } from '../../src/onnx/parity.ts';
import { tempDir, tinyCategory, tinyTrain, useWasm } from '../support/tiny-run.ts';

/** The metadata_props of a serialised model (onnxruntime-node does not expose them). */
function readOnnxMetadata(bytes: Uint8Array): Record<string, string> {
  const model = onnxProto.onnx.ModelProto.decode(bytes);
  return Object.fromEntries(model.metadataProps.map((p) => [p.key ?? '', p.value ?? '']));
}

await useWasm();
const data = await tinyCategory(32, { train: 4, seed: 5 });
const runDir = await tempDir('onnx');
const run = await tinyTrain(
  data,
  runDir,
  { imageSize: 32, batchSize: 2, steps: 3, stage1Steps: 1 },
  { exportOnnx: true },
);
after(async () => {
  await rm(dirname(data), { recursive: true, force: true });
  await rm(runDir, { recursive: true, force: true });
});

test('a successful training run writes model.onnx beside its checkpoint, through the parity gate on the test images', async () => {
  const onnxPath = onnxPathFor(run.modelPath);
  assert.equal(run.onnxPath, onnxPath);
  assert.ok(existsSync(onnxPath));
  const report = (await readParityReport(onnxPath)) as ExportReport;
  assert.equal(report.onnxPath, onnxPath);
  assert.ok(report.passed);
  assert.equal(report.images.length, 6, 'the category has 6 test images');
  assert.ok(report.images.every((i) => i.source.startsWith(join(data, 'test'))));
  assert.ok(report.max.segMap <= PARITY_TOLERANCE.map, `seg map ${report.max.segMap}`);
  assert.ok(report.max.destMap <= PARITY_TOLERANCE.map, `DeST map ${report.max.destMap}`);
  assert.ok(report.max.score <= PARITY_TOLERANCE.score, `score ${report.max.score}`);
  assert.ok(report.max.destScore <= PARITY_TOLERANCE.score, `DeST score ${report.max.destScore}`);
  // The maps are not trivially equal: both engines score real, varied outputs.
  assert.ok(report.images.some((i) => i.tfjs.destScore > 0));
  assert.ok(existsSync(parityReportPath(onnxPath)));

  const metadata = readOnnxMetadata(await readFile(onnxPath));
  assert.equal(metadata.image_size, '32');
  assert.equal(metadata.output_names, 'seg_map,dest_map,seg_score,dest_score');
  assert.equal(metadata.model_id, report.modelId);
  assert.match(metadata.teacher_sha256 ?? '', /^[0-9a-f]{64}$/);
  assert.equal(metadata.export_version, report.exportVersion);
  assert.deepEqual(JSON.parse(metadata.normalization ?? '{}').mean, [0.485, 0.456, 0.406]);
});

test('export --out writes the model and its report elsewhere, identical in metadata', async () => {
  const out = join(runDir, 'exported', 'custom.onnx');
  await mkdir(dirname(out), { recursive: true });
  const report = await exportOnnx(runDir, { out, threads: 1 });
  assert.ok(report.passed);
  assert.equal(report.onnxPath, out);
  assert.deepEqual(
    readOnnxMetadata(await readFile(out)),
    readOnnxMetadata(await readFile(run.onnxPath as string)),
  );
  assert.deepEqual(await readParityReport(out), report);
});

test('eval gives the same metrics on onnxruntime and TF.js', async (t) => {
  const reports = [];
  for (const engine of ['ort', 'tfjs'] as const) {
    const predictor = await loadPredictor(runDir, { engine, threads: 1, log: () => {} });
    assert.equal(predictor.engine, engine);
    try {
      reports.push(await evaluateModel(predictor, data));
    } finally {
      await predictor.dispose();
    }
  }
  const [ort, tfjs] = reports as [
    Awaited<ReturnType<typeof evaluateModel>>,
    Awaited<ReturnType<typeof evaluateModel>>,
  ];
  const metrics = (m: MetricReport) => [
    m.imageAuroc,
    m.pixelAuroc,
    m.pixelAp,
    m.iap,
    m.iap90,
    m.aupro,
    m.pixelF1Max.f1,
    m.pixelF1Max.threshold,
  ];
  // Three training steps leave the segmentation map nearly flat: its pixel ranking is then decided by
  // float rounding, so its metrics are compared only once the map has a real spread (its values are
  // held to the parity tolerance by the gate either way).
  const segSpread = await mapSpread('seg');
  t.diagnostic(`segmentation map spread ${segSpread.toExponential(2)}`);
  const outputs = segSpread > 1e-3 ? (['seg', 'dest', 'fused'] as const) : (['dest', 'fused'] as const);
  for (const output of outputs) {
    const a = metrics(ort[output].overall);
    const b = metrics(tfjs[output].overall);
    a.forEach((v, i) => {
      if (v === null || b[i] === null) assert.equal(v, b[i]);
      else assert.ok(Math.abs(v - (b[i] as number)) <= 1e-4, `${output} metric ${i}: ${v} vs ${b[i]}`);
    });
  }
});

/** (max − min) / max of a map over the category's test images, on TF.js. */
async function mapSpread(output: 'seg' | 'dest'): Promise<number> {
  const predictor = await loadPredictor(runDir, { engine: 'tfjs' });
  try {
    const category = await scanMvtecCategory(data);
    const images = await Promise.all(category.test.map((s) => decodeImage(s.path)));
    const values = (await predictor.predict(images)).flatMap((p) => [
      ...(output === 'seg' ? p.segMap : p.destMap),
    ]);
    const max = Math.max(...values);
    return (max - Math.min(...values)) / max;
  } finally {
    await predictor.dispose();
  }
}

test('the gate refuses maps or scores beyond its tolerances', () => {
  const prediction = (scale: number, scoreScale = 1): MapPrediction => ({
    segScore: 0.5 * scoreScale,
    destScore: 0.25 * scoreScale,
    segMap: Float32Array.from([0.1, 0.5, 1].map((v) => v * scale)),
    destMap: Float32Array.from([0.2, 0.4, 0.8]),
    size: 1,
  });
  const reference = [prediction(1)];
  const mapWithin = compareEngines(['a'], reference, [
    { ...prediction(1), segMap: Float32Array.from([0.1, 0.5, 1.00005]) },
  ]);
  assert.ok(mapWithin.passed, `map within 1e-4: ${JSON.stringify(mapWithin.max)}`);
  const mapBeyond = compareEngines(['a'], reference, [
    { ...prediction(1), segMap: Float32Array.from([0.1, 0.5, 1.0002]) },
  ]);
  assert.equal(mapBeyond.passed, false);
  const scoreBeyond = compareEngines(['a'], reference, [prediction(1, 1 + 2e-5)]);
  assert.equal(scoreBeyond.passed, false);
  assert.ok(compareEngines(['a'], reference, [prediction(1, 1 + 5e-6)]).passed);
  const nan = compareEngines(['a'], reference, [
    { ...prediction(1), destMap: Float32Array.from([0.2, Number.NaN, 0.8]) },
  ]);
  assert.equal(nan.passed, false, 'NaN never passes');
});

test('a session setting outside its values is CONFIG_INVALID before the model is read', async () => {
  const saved = process.env.DESTSEG_ORT_SPINNING;
  process.env.DESTSEG_ORT_SPINNING = 'sometimes';
  try {
    await assert.rejects(OrtDestsegSession.create(new Uint8Array([1, 2, 3])), {
      code: 'CONFIG_INVALID',
      message: /DESTSEG_ORT_SPINNING must be on or off, got 'sometimes'/,
    });
  } finally {
    if (saved === undefined) delete process.env.DESTSEG_ORT_SPINNING;
    else process.env.DESTSEG_ORT_SPINNING = saved;
  }
  await assert.rejects(OrtDestsegSession.create(new Uint8Array([1, 2, 3]), { threads: 0 }), {
    code: 'CONFIG_INVALID',
  });
});
