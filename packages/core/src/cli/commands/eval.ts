import { writeFile } from 'node:fs/promises';
import { type BackendName, selectBackend } from '../../backend/select-backend.ts';
import { type EvaluationReport, evaluateModel } from '../../evaluation/evaluate-model.ts';
import { flattenMetricReport } from '../../metrics/flat-metric-report.ts';
import type { MetricReport } from '../../metrics/map-metrics.ts';
import { loadPredictor, parseEngine } from '../../onnx/load-predictor.ts';
import {
  DEFAULT_GOOD_QUANTILE,
  DEFAULT_TARGET_FALSE_ALARM_RATE,
  pickEveryPolicy,
} from '../../thresholds/threshold-policy.ts';
import { defineCommand, type FlagSpecs, type FlagValues } from '../command-spec.ts';
import { BACKEND_FLAG, ENGINE_FLAG, MODEL_FLAG } from '../common-flags.ts';
import { ProgressBar } from '../progress-bar.ts';
import { required, unitIntervalFlag } from './args.ts';

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

const OUTPUT_SCORES = {
  seg: (s: EvaluationReport['imageScores'][number]) => s.segScore,
  dest: (s: EvaluationReport['imageScores'][number]) => s.destScore,
  fused: (s: EvaluationReport['imageScores'][number]) => s.fusedScore,
} as const;

export interface PolicyParams {
  targetFalseAlarmRate: number;
  quantile: number;
}

/** The threshold each policy picks on each output's image scores, or the error code when it cannot. */
export function policyThresholds(r: EvaluationReport, params: PolicyParams) {
  return Object.fromEntries(
    Object.entries(OUTPUT_SCORES).map(([output, scoreOf]) => {
      const scores = r.imageScores.map((s) => ({ score: scoreOf(s), defective: s.defective }));
      const picks = pickEveryPolicy(scores, params).map(({ kind, pick }) => [
        kind,
        pick instanceof Error
          ? { error: pick.code }
          : {
              value: pick.value,
              policy: pick.policy,
              ...(pick.fallbackFrom ? { fallbackFrom: pick.fallbackFrom } : {}),
            },
      ]);
      return [output, Object.fromEntries(picks)];
    }),
  );
}

function printPolicyThresholds(r: EvaluationReport, params: PolicyParams): void {
  const labels = {
    f1_max: 'f1_max',
    false_alarm_rate: `false_alarm_rate ${params.targetFalseAlarmRate}`,
    good_quantile: `good_quantile ${params.quantile}`,
  };
  console.log(
    `${'threshold by policy'.padEnd(22)}${Object.values(labels)
      .map((l) => l.padStart(22))
      .join('')}`,
  );
  for (const [output, picks] of Object.entries(policyThresholds(r, params))) {
    const cells = Object.keys(labels).map((kind) => {
      const pick = picks[kind];
      const text =
        'error' in pick ? pick.error : `${pick.value.toFixed(4)}${pick.fallbackFrom ? ' (quantile)' : ''}`;
      return text.padStart(22);
    });
    console.log(`${output.padEnd(22)}${cells.join('')}`);
  }
}

export function reportJson(r: EvaluationReport, params: PolicyParams) {
  const output = (o: EvaluationReport['seg']) => ({
    overall: flattenMetricReport(o.overall),
    perDefectType: Object.fromEntries(
      Object.entries(o.perDefectType).map(([k, v]) => [k, flattenMetricReport(v)]),
    ),
  });
  return {
    dataDir: r.dataDir,
    modelPath: r.modelPath,
    imageCount: r.imageCount,
    imagesPerSecond: r.imagesPerSecond,
    seg: output(r.seg),
    dest: output(r.dest),
    fused: output(r.fused),
    thresholds: policyThresholds(r, params),
  };
}

const EVAL_FLAGS = {
  model: MODEL_FLAG,
  data: { value: 'DIR', help: 'the MVTec-layout category to evaluate on' },
  json: { value: 'FILE', help: 'also write the report as JSON' },
  engine: ENGINE_FLAG,
  backend: BACKEND_FLAG,
  'false-alarm-rate': { value: 'RATE', help: 'the false_alarm_rate policy target in [0, 1] (default 0.01)' },
  quantile: { value: 'Q', help: 'the good_quantile policy quantile in [0, 1] (default 0.99)' },
} as const satisfies FlagSpecs;

export const evalCommand = defineCommand({
  name: 'eval',
  summary:
    "the paper's metrics on a category's test set for the seg output, the DeST branch and their fusion, and each threshold policy's pick",
  flags: EVAL_FLAGS,
  run: runEval,
});

async function runEval(values: FlagValues<typeof EVAL_FLAGS>): Promise<void> {
  const engine = parseEngine(values.engine);
  const params: PolicyParams = {
    targetFalseAlarmRate: unitIntervalFlag(
      values['false-alarm-rate'],
      'false-alarm-rate',
      DEFAULT_TARGET_FALSE_ALARM_RATE,
    ),
    quantile: unitIntervalFlag(values.quantile, 'quantile', DEFAULT_GOOD_QUANTILE),
  };
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
  printPolicyThresholds(report, params);
  if (values.json) await writeFile(values.json, `${JSON.stringify(reportJson(report, params), null, 2)}\n`);
}
