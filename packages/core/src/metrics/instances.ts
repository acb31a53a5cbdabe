/**
 * Groups the predicted scores of each ground-truth instance (connected component) into one flat,
 * per-instance ascending array: a counting sort by label, so no per-instance allocations.
 */
import type { ComponentLabels } from './connected-components.ts';

export interface InstanceScores {
  /** Instance k owns `values[offsets[k]..offsets[k+1])`, ascending. */
  readonly offsets: Uint32Array;
  readonly values: Float32Array;
  readonly count: number;
}

/** `maps` are the score arrays in the same order and sizes as the masks that produced `components`. */
export function groupInstanceScores(
  maps: readonly Float32Array[],
  components: ComponentLabels,
): InstanceScores {
  const { labels, count } = components;
  const offsets = new Uint32Array(count + 1);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] as number;
    if (label !== 0) offsets[label] = (offsets[label] as number) + 1;
  }
  // offsets[k] holds the size of instance k (1-based); a prefix sum turns it into start positions.
  for (let k = 1; k <= count; k++) offsets[k] = (offsets[k] as number) + (offsets[k - 1] as number);
  const values = new Float32Array(offsets[count] as number);
  const cursor = offsets.slice(0, count);
  let base = 0;
  for (const map of maps) {
    for (let i = 0; i < map.length; i++) {
      const label = labels[base + i] as number;
      if (label === 0) continue;
      const at = cursor[label - 1] as number;
      values[at] = map[i] as number;
      cursor[label - 1] = at + 1;
    }
    base += map.length;
  }
  for (let k = 0; k < count; k++) values.subarray(offsets[k], offsets[k + 1]).sort();
  return { offsets, values, count };
}
