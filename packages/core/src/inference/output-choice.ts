/**
 * Which map scores an image: the segmentation output (the paper's, the default), the DeST branch,
 * or their fusion. A per-category choice: on defects much smaller than the synthetic ones the DeST
 * branch is the better detector (docs/RESULTS.md).
 */
import { DestsegError } from '../errors.ts';
import { imageScore } from '../metrics/image-score.ts';
import { fuseMaps } from './fused-map.ts';
import { type MapPrediction, SCORE_TOP_K } from './inspector.ts';

export const OUTPUTS = ['seg', 'dest', 'fused'] as const;
export type OutputChoice = (typeof OUTPUTS)[number];

export function parseOutputChoice(value: string | undefined): OutputChoice {
  const choice = value ?? 'seg';
  if ((OUTPUTS as readonly string[]).includes(choice)) return choice as OutputChoice;
  throw new DestsegError('CONFIG_INVALID', `output must be one of ${OUTPUTS.join(', ')}, got '${choice}'`);
}

/** The chosen map (model size) and its image score. */
export function chooseOutput(p: MapPrediction, output: OutputChoice): { map: Float32Array; score: number } {
  if (output === 'seg') return { map: p.segMap, score: p.score };
  if (output === 'dest') return { map: p.destMap, score: p.destScore };
  const map = fuseMaps(p.segMap, p.destMap);
  return { map, score: imageScore(map, SCORE_TOP_K) };
}
