/** The parameters of runs side by side, each marked when the runs do not all agree on it. */
import { formatParamValue, orderParamKeys, paramLabel } from './param-labels.ts';

export interface ParamComparisonRow {
  key: string;
  label: string;
  /** One formatted value per run, in the runs' order ('—' where a run lacks the parameter). */
  values: string[];
  differs: boolean;
}

export function compareParams(runs: ReadonlyArray<Record<string, unknown>>): ParamComparisonRow[] {
  const keys = orderParamKeys(runs.flatMap((params) => Object.keys(params)));
  return keys.map((key) => {
    const values = runs.map((params) => formatParamValue(params[key]));
    return { key, label: paramLabel(key), values, differs: new Set(values).size > 1 };
  });
}
