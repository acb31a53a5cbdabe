import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type BackendName, selectBackend } from '../../backend/select-backend.ts';
import { type EvaluationReport, evaluateModel } from '../../evaluation/evaluate-model.ts';
import type { MetricReport } from '../../metrics/evaluate.ts';
import { loadPredictor, parseEngine } from '../../onnx/load-predictor.ts';
import { ProgressBar } from '../progress-bar.ts';
import { required } from './args.ts';

/** Table columns; metrics print ×100 like the paper, the F1-max threshold as the raw map value. */
const COLUMNS: Array<{ key: string; get: (m: MetricReport) => number | null; percent: boolean }> = [
  { key: 'imageAuroc', get: (m) => m.imageAuroc, percent: true },
  { key: 'pixelAuroc', get: (m) => m.pixelAuroc, percent: true },
  { key: 'pixelAp', get: (m) => m.pixelAp, percent: true },
  { key: 'iap', get: (m) => m.iap, percent: true },
  { key: 'iap90', get: (m) => m.iap90, percent: true },
  { key: 'aupro', get: (m) => m.aupro, percent: true },
  { key: 'f1Max', get: (m) => m.pixelF1Max.f1, percent: true },
  { key: 'threshold', get: (m) => m.pixelF1Max.threshold, percent: false },
];

function row(label: string, m: MetricReport): string {
  const cells = COLUMNS.map(({ get, percent }) => {
    const v = get(m);
    const text = v === null ? 'n/a' : percent ? (v * 100).toFixed(1) : v.toFixed(3);
    return text.padStart(11);
  });
  return `${label.padEnd(22)}${cells.join('')}`;
}

/** The JSON form: keys imageAuroc … threshold per output, overall and per defect type. */
function flatten(m: MetricReport) {
  return {
    imageAuroc: m.imageAuroc,
    pixelAuroc: m.pixelAuroc,
    pixelAp: m.pixelAp,
    iap: m.iap,
    iap90: m.iap90,
    aupro: m.aupro,
    f1Max: m.pixelF1Max.f1,
    threshold: m.pixelF1Max.threshold,
    imageF1Max: m.imageF1Max.f1,
    imageThreshold: m.imageF1Max.threshold,
  };
}

export function reportJson(r: EvaluationReport) {
  const output = (o: EvaluationReport['seg']) => ({
    overall: flatten(o.overall),
    perDefectType: Object.fromEntries(Object.entries(o.perDefectType).map(([k, v]) => [k, flatten(v)])),
  });
  return {
    dataDir: r.dataDir,
    modelPath: r.modelPath,
    imageCount: r.imageCount,
    imagesPerSecond: r.imagesPerSecond,
    seg: output(r.seg),
    dest: output(r.dest),
    fused: output(r.fused),
  };
}

export async function runEval(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      model: { type: 'string' },
      data: { type: 'string' },
      json: { type: 'string' },
      backend: { type: 'string' },
      engine: { type: 'string' },
    },
  });
  const engine = parseEngine(values.engine);
  const backend = await selectBackend(values.backend as BackendName | undefined);
  const inspector = await loadPredictor(required(values.model, 'model'), { engine });
  const bar = new ProgressBar('eval');
  let report: EvaluationReport;
  try {
    report = await evaluateModel(inspector, required(values.data, 'data'), {
      onProgress: (done, total) => bar.update(done, total),
    });
  } finally {
    await inspector.dispose();
  }
  const header = `${'output'.padEnd(22)}${COLUMNS.map(({ key }) => key.padStart(11)).join('')}`;
  console.log(header);
  for (const [name, out] of [
    ['seg', report.seg],
    ['dest', report.dest],
    ['fused', report.fused],
  ] as const) {
    console.log(row(`${name}`, out.overall));
    for (const [type, m] of Object.entries(out.perDefectType)) console.log(row(`  ${name}/${type}`, m));
  }
  console.log(
    `${report.imageCount} images, ${report.imagesPerSecond.toFixed(1)} images/s on ${inspector.engine === 'ort' ? 'onnxruntime' : backend.name} (metrics ×100, threshold raw)`,
  );
  if (values.json) await writeFile(values.json, `${JSON.stringify(reportJson(report), null, 2)}\n`);
}
