/**
 * The inference engine for `inspect`, `eval` and the API: onnxruntime by default, TF.js on request
 * (`--engine tfjs`, DESTSEG_INFERENCE_ENGINE=tfjs) and as the logged fallback when the ONNX model
 * cannot be exported or loaded. A checkpoint without model.onnx is exported (through the parity
 * gate) on first use.
 */
import { existsSync } from 'node:fs';
import { DestsegError } from '../errors.ts';
import { Inspector } from '../inference/inspector.ts';
import type { EngineName, MapPredictor } from '../inference/map-predictor.ts';
import {
  EXPORT_VERSION,
  exportOnnx,
  onnxPathFor,
  readParityReport,
  resolveModelPath,
} from './export-onnx.ts';
import { OrtInspector } from './ort-inspector.ts';

export const ENGINES: readonly EngineName[] = ['ort', 'tfjs'];

/** `--engine` or DESTSEG_INFERENCE_ENGINE; ort when neither is set. */
export function parseEngine(value?: string): EngineName {
  const choice = value ?? process.env.DESTSEG_INFERENCE_ENGINE ?? 'ort';
  if ((ENGINES as readonly string[]).includes(choice)) return choice as EngineName;
  throw new DestsegError('CONFIG_INVALID', `engine must be one of ${ENGINES.join(', ')}, got '${choice}'`);
}

export interface LoadPredictorOptions {
  engine?: EngineName;
  batchSize?: number;
  /** ORT intra-op threads (default DESTSEG_ORT_THREADS or the cores). */
  threads?: number;
  log?: (message: string) => void;
  /**
   * Export model.onnx when the checkpoint has none (default true). The API passes false: its exports are
   * `export` jobs, so a model still without one is served by TF.js (logged) rather than exported in the
   * process that serves inspections.
   */
  exportMissing?: boolean;
}

/**
 * The model.onnx of a checkpoint, exported first when it has none yet. A model the gate already refused
 * (its report says so, for this export version) is not exported again at every load: that costs both
 * engines' passes over the parity images, and the answer would be the same.
 */
export async function ensureOnnx(modelPath: string, log: (message: string) => void): Promise<string> {
  const onnxPath = onnxPathFor(modelPath);
  if (existsSync(onnxPath)) return onnxPath;
  const refused = await readParityReport(onnxPath).catch(() => null);
  if (refused && !refused.passed && refused.exportVersion === EXPORT_VERSION) {
    throw new DestsegError(
      'ONNX_PARITY_FAILED',
      `${onnxPath} was refused by the parity gate (seg map ${refused.max.segMap.toExponential(2)}, DeST map ${refused.max.destMap.toExponential(2)}); see ${onnxPath}.parity.json`,
    );
  }
  log(`exporting ${onnxPath} (first use of this model on onnxruntime)`);
  const report = await exportOnnx(modelPath);
  log(
    `parity: seg map ${report.max.segMap.toExponential(2)}, DeST map ${report.max.destMap.toExponential(2)}, scores ${report.max.score.toExponential(2)}`,
  );
  return onnxPath;
}

/** The checkpoint's model.onnx; throws when it has none (no export here). */
function existingOnnx(modelPath: string): string {
  const onnxPath = onnxPathFor(modelPath);
  if (!existsSync(onnxPath)) throw new Error(`${onnxPath} does not exist (not exported)`);
  return onnxPath;
}

export async function loadPredictor(
  modelDirOrFile: string,
  opts: LoadPredictorOptions = {},
): Promise<MapPredictor> {
  const engine = opts.engine ?? parseEngine();
  const log = opts.log ?? ((m: string) => console.error(m));
  const modelPath = await resolveModelPath(modelDirOrFile);
  if (engine === 'tfjs') return Inspector.load(modelPath, { batchSize: opts.batchSize });
  try {
    const onnxPath =
      opts.exportMissing === false ? existingOnnx(modelPath) : await ensureOnnx(modelPath, log);
    return await OrtInspector.load(onnxPath, modelPath, {
      batchSize: opts.batchSize,
      threads: opts.threads,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log(`engine: falling back to tfjs for ${modelPath}: ${reason}`);
    return Inspector.load(modelPath, { batchSize: opts.batchSize });
  }
}
