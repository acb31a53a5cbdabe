/** The scoring outputs a category can use (schema: ScoreOutput), with the names the dashboard shows. */
import type { ScoreOutput } from './graphql/generated/graphql.ts';

export const SCORE_OUTPUT_LABELS: Record<ScoreOutput, string> = {
  SEG: 'segmentation',
  DEST: 'student–teacher',
  FUSED: 'fused',
};

export const SCORE_OUTPUTS = Object.keys(SCORE_OUTPUT_LABELS) as ScoreOutput[];
