import { parseArgs } from 'node:util';
import { type BackendName, selectBackend } from '../../backend/select-backend.ts';
import { exportOnnx, parityReportPath } from '../../onnx/export-onnx.ts';
import { intFlag, required } from './args.ts';

/** Writes model.onnx through the parity gate and prints the parity summary and the report as JSON. */
export async function runExport(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      model: { type: 'string' },
      out: { type: 'string' },
      backend: { type: 'string' },
      threads: { type: 'string' },
    },
  });
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
