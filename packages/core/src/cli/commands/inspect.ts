import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type BackendName, selectBackend } from '../../backend/select-backend.ts';
import { DestsegError } from '../../errors.ts';
import { inspectFiles } from '../../inference/inspect-files.ts';
import { parseOutputChoice } from '../../inference/output-choice.ts';
import { loadPredictor, parseEngine } from '../../onnx/load-predictor.ts';
import { required } from './args.ts';

/** One JSON line per image: {image, score, destScore, heatmap, overlay}. */
export async function runInspect(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      out: { type: 'string' },
      backend: { type: 'string' },
      output: { type: 'string' },
      engine: { type: 'string' },
    },
  });
  if (positionals.length === 0)
    throw new DestsegError('CONFIG_INVALID', 'inspect needs at least one IMAGE path');
  const output = parseOutputChoice(values.output);
  const engine = parseEngine(values.engine);
  await selectBackend(values.backend as BackendName | undefined);
  const inspector = await loadPredictor(required(values.model, 'model'), { engine });
  try {
    await inspectFiles(inspector, positionals, resolve(values.out ?? 'inspections'), {
      output,
      onResult: (r) => console.log(JSON.stringify(r)),
    });
  } finally {
    await inspector.dispose();
  }
}
