import { type BackendName, selectBackend } from '../../backend/select-backend.ts';
import { exportOnnx, parityReportPath } from '../../onnx/export-onnx.ts';
import { defineCommand, type FlagSpecs, type FlagValues } from '../command-spec.ts';
import { BACKEND_FLAG, MODEL_FLAG } from '../common-flags.ts';
import { intFlag, required } from './args.ts';

const EXPORT_FLAGS = {
  model: MODEL_FLAG,
  out: { value: 'FILE', help: 'where model.onnx goes (default beside the checkpoint)' },
  threads: { value: 'N', help: 'onnxruntime threads for the parity check' },
  backend: BACKEND_FLAG,
} as const satisfies FlagSpecs;

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'writes model.onnx beside the checkpoint after the onnxruntime/TF.js parity gate',
  flags: EXPORT_FLAGS,
  run: runExport,
});

/** Writes model.onnx through the parity gate and prints the parity summary and the report as JSON. */
async function runExport(values: FlagValues<typeof EXPORT_FLAGS>): Promise<void> {
  await selectBackend(values.backend as BackendName | undefined);
  const report = await exportOnnx(required(values.model, 'model'), {
    out: values.out,
    threads: intFlag(values.threads, 'threads'),
  });
  const { max, tolerance } = report;
  console.error(
    `parity on ${report.images.length} images (tfjs ${report.engines.tfjs} vs onnxruntime ${report.engines.ort}): ` +
      `seg map ${max.segMap.toExponential(2)}, DeST map ${max.destMap.toExponential(2)} (≤ ${tolerance.map}), ` +
      `scores ${max.score.toExponential(2)} / ${max.destScore.toExponential(2)} (≤ ${tolerance.score}): passed`,
  );
  console.log(
    JSON.stringify({
      onnx: report.onnxPath,
      parityReport: parityReportPath(report.onnxPath),
      modelId: report.modelId,
      passed: report.passed,
      max,
    }),
  );
}
