/**
 * `destseg export`: a trained checkpoint → model.onnx beside its model.safetensors, published only
 * when it passes the parity gate. Both engines run on the fixed parity images; the report (errors
 * per output and image, tolerances, engines, ids) is written beside the model as
 * model.onnx.parity.json whether the gate passes or not. A failing export leaves no model.onnx.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import * as ort from 'onnxruntime-node';
import { DestsegError } from '../errors.ts';
import { IMAGENET_MEAN, IMAGENET_STD } from '../image/normalize.ts';
import { Inspector } from '../inference/inspector.ts';
import { latestModelPath, writeFileAtomic } from '../train/checkpoint.ts';
import { buildDestsegOnnx, ONNX_INPUT, ONNX_OUTPUTS } from './destseg-graph.ts';
import { OrtInspector } from './ort-inspector.ts';
import { compareEngines, type ParityResult } from './parity.ts';
import { parityImages } from './parity-images.ts';

export const ONNX_FILE = 'model.onnx';
/** Bumped whenever the exported graph or its metadata changes meaning. */
export const EXPORT_VERSION = '1';

export interface ExportReport extends ParityResult {
  exportVersion: string;
  /** sha256 of the model.safetensors the graph was exported from. */
  modelId: string;
  modelPath: string;
  onnxPath: string;
  imageSize: number;
  teacherSha256: string;
  engines: { tfjs: string; ort: string };
  createdAt: string;
}

/** The model.onnx that belongs to a checkpoint's model file. */
export function onnxPathFor(modelPath: string): string {
  return join(dirname(modelPath), ONNX_FILE);
}

export function parityReportPath(onnxPath: string): string {
  return `${onnxPath}.parity.json`;
}

export async function resolveModelPath(modelDirOrFile: string): Promise<string> {
  return modelDirOrFile.endsWith('.safetensors') ? resolve(modelDirOrFile) : latestModelPath(modelDirOrFile);
}

export async function readParityReport(onnxPath: string): Promise<ExportReport | null> {
  const path = parityReportPath(onnxPath);
  if (!existsSync(path)) return null;
  return JSON.parse(await readFile(path, 'utf8')) as ExportReport;
}

/**
 * Exports the newest checkpoint of a run (or a model.safetensors) to `out` (default: model.onnx
 * beside the model file) through the parity gate; throws ONNX_PARITY_FAILED when it does not pass.
 */
export async function exportOnnx(
  modelDirOrFile: string,
  opts: { out?: string; threads?: number } = {},
): Promise<ExportReport> {
  const modelPath = await resolveModelPath(modelDirOrFile);
  const onnxPath = resolve(opts.out ?? onnxPathFor(modelPath));
  const modelId = createHash('sha256')
    .update(await readFile(modelPath))
    .digest('hex');
  const reference = await Inspector.load(modelPath);
  let report: ExportReport;
  let bytes: Uint8Array;
  try {
    const { imageSize, teacherSha256 } = reference.model.info;
    bytes = buildDestsegOnnx(reference.model.params, imageSize, {
      producerVersion: EXPORT_VERSION,
      metadata: {
        image_size: String(imageSize),
        normalization: JSON.stringify({
          input: ONNX_INPUT,
          layout: 'NHWC',
          rgb: '(x / 255 - mean) / std',
          mean: IMAGENET_MEAN,
          std: IMAGENET_STD,
        }),
        output_names: ONNX_OUTPUTS.join(','),
        model_id: modelId,
        teacher_sha256: teacherSha256,
        export_version: EXPORT_VERSION,
      },
    });
    const images = await parityImages(modelPath, imageSize);
    const candidate = await OrtInspector.load(bytes, modelPath, { threads: opts.threads });
    let parity: ParityResult;
    try {
      const inputs = images.map((i) => i.image);
      // The graph's own score outputs are what is compared: the maps carry the rest.
      const { predictions, graphScores } = await candidate.predictWithGraphScores(inputs);
      parity = compareEngines(
        images.map((i) => i.source),
        await reference.predict(inputs),
        predictions.map((p, i) => ({ ...p, ...graphScores[i] })),
      );
    } finally {
      await candidate.dispose();
    }
    report = {
      ...parity,
      exportVersion: EXPORT_VERSION,
      modelId,
      modelPath,
      onnxPath,
      imageSize,
      teacherSha256,
      engines: { tfjs: tf.getBackend(), ort: ort.env.versions.node ?? 'unknown' },
      createdAt: new Date().toISOString(),
    };
  } finally {
    reference.dispose();
  }
  await writeFileAtomic(parityReportPath(onnxPath), `${JSON.stringify(report, null, 2)}\n`);
  if (!report.passed) {
    await rm(onnxPath, { force: true });
    const { max, tolerance } = report;
    throw new DestsegError(
      'ONNX_PARITY_FAILED',
      `${onnxPath} not written: onnxruntime differs from TF.js by ${max.segMap.toExponential(2)} (seg map), ${max.destMap.toExponential(2)} (DeST map), ${max.score.toExponential(2)}/${max.destScore.toExponential(2)} (scores); tolerances ${tolerance.map} and ${tolerance.score}. Report: ${parityReportPath(onnxPath)}`,
    );
  }
  await writeFileAtomic(onnxPath, bytes);
  return report;
}
