/**
 * Image-level anomaly score: the mean of the top-K values of an anomaly map (the official eval.py
 * sorts the map descending and averages the first T = 100; fewer values than K average them all).
 */
import { DestsegError } from '../errors.ts';

/** T of the official eval.py: the image score is the mean of the map's 100 largest values. */
export const SCORE_TOP_K = 100;

/** Mean of the `topK` largest values of `map`, kept in a size-K min-heap instead of a full sort. */
export function imageScore(map: Float32Array, topK: number): number {
  if (!Number.isInteger(topK) || topK < 1) {
    throw new DestsegError('CONFIG_INVALID', `topK must be a positive integer, got ${topK}`);
  }
  const k = Math.min(topK, map.length);
  if (k === 0) throw new DestsegError('METRIC_UNDEFINED', 'cannot score an empty anomaly map');
  const heap = new Float64Array(k);
  let size = 0;
  for (let i = 0; i < map.length; i++) {
    const v = map[i] as number;
    if (size < k) {
      // Sift up.
      let at = size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if ((heap[parent] as number) <= v) break;
        heap[at] = heap[parent] as number;
        at = parent;
      }
      heap[at] = v;
    } else if (v > (heap[0] as number)) {
      // Replace the smallest kept value and sift down.
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= k) break;
        const right = left + 1;
        const child = right < k && (heap[right] as number) < (heap[left] as number) ? right : left;
        if ((heap[child] as number) >= v) break;
        heap[at] = heap[child] as number;
        at = child;
      }
      heap[at] = v;
    }
  }
  let sum = 0;
  for (let i = 0; i < k; i++) sum += heap[i] as number;
  return sum / k;
}
