import type { ScoreOutput } from '@/lib/graphql/generated/graphql.ts';
import { SCORE_OUTPUT_LABELS, SCORE_OUTPUTS } from '@/lib/score-outputs.ts';
import { SelectOptions } from '../select-options.tsx';

/** The labelled choice of a scoring output, named as the dashboard names the outputs. */
export function ScoreOutputSelect(props: {
  value: ScoreOutput;
  onChange: (output: ScoreOutput) => void;
  name?: string;
}) {
  return (
    <label>
      Scoring output
      <select
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as ScoreOutput)}
      >
        <SelectOptions values={SCORE_OUTPUTS} label={(output) => SCORE_OUTPUT_LABELS[output]} />
      </select>
    </label>
  );
}
