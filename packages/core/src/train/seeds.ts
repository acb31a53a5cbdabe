/**
 * Every random stream of a run is derived from (seed, stream, index), so the draws of step k do not
 * depend on how the run got there: a resumed run repeats an uninterrupted one exactly.
 */
import { Rng } from '../random/rng.ts';

export const STREAM = { init: 1, epochOrder: 2, sample: 3 } as const;

export function streamRng(seed: number, stream: number, index: number): Rng {
  let h =
    Math.imul(seed ^ 0x27d4eb2f, 0x165667b1) ^
    Math.imul(stream, 0x9e3779b1) ^
    Math.imul(index + 1, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return new Rng((h ^ (h >>> 12)) >>> 0);
}
