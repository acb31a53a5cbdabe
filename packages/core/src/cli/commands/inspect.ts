import { resolve } from 'node:path';
import { type BackendName, selectBackend } from '../../backend/select-backend.ts';
import { DestsegError } from '../../errors.ts';
import { inspectFiles } from '../../inference/inspect-files.ts';
import { parseScoreOutput } from '../../model/destseg/anomaly-map.ts';
import { loadPredictor, parseEngine } from '../../onnx/load-predictor.ts';
import { defineCommand, type FlagSpecs, type FlagValues } from '../command-spec.ts';
import { BACKEND_FLAG, ENGINE_FLAG, MODEL_FLAG } from '../common-flags.ts';
import { required } from './args.ts';

const INSPECT_FLAGS = {
  model: MODEL_FLAG,
  out: { value: 'DIR', help: 'where heatmaps and overlays go (default ./inspections)' },
  output: { value: 'MAP', help: 'the map that scores: seg|dest|fused (default seg)' },
  engine: ENGINE_FLAG,
  backend: BACKEND_FLAG,
} as const satisfies FlagSpecs;

export const inspectCommand = defineCommand({
  name: 'inspect',
  summary: 'scores images: one JSON line per image {image, score, destScore, heatmap, overlay}',
  positionals: { name: 'IMAGE...', help: 'the images to inspect' },
  flags: INSPECT_FLAGS,
  run: runInspect,
});

/** One JSON line per image: {image, score, destScore, heatmap, overlay}. */
async function runInspect(values: FlagValues<typeof INSPECT_FLAGS>, positionals: string[]): Promise<void> {
  if (positionals.length === 0)
    throw new DestsegError('CONFIG_INVALID', 'inspect needs at least one IMAGE path');
  const output = parseScoreOutput(values.output);
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
