/** `destseg bench --kernels N`: each mode's programs ranked by dispatches, with their share of the step. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ModeResult } from '../../src/bench/run-bench.ts';
import { kernelsTable } from '../../src/cli/commands/bench.ts';

function result(mode: ModeResult['mode'], byProgram: Record<string, number>): ModeResult {
  const dispatches = Object.values(byProgram).reduce((a, b) => a + b, 0);
  return {
    mode,
    firstStepMs: 1,
    medianMs: 1,
    minMs: 1,
    maxMs: 1,
    imagesPerSecond: 1,
    losses: null,
    numTensors: 0,
    numBytes: 0,
    gpuBytesInUse: null,
    gpuBytesAllocated: null,
    work: { dispatches, byProgram, computePasses: 0, submits: 0, uploads: 0, uploadBytes: 0 },
  };
}

test('bench --kernels ranks each mode’s programs by dispatches, top N only', () => {
  const table = kernelsTable(
    [
      result('train1', { destsegSgd: 10, 'binary:0': 30, conv2DMM: 60 }),
      result('infer', { conv2DMM: 4, reduce: 1 }),
    ],
    2,
  );
  assert.deepEqual(
    table.split('\n').map((line) => line.split(/\s{2,}/)),
    [
      ['mode', 'program', 'dispatches', 'share'],
      ['train1', 'conv2DMM', '60', '60.0 %'],
      ['train1', 'binary:0', '30', '30.0 %'],
      ['infer', 'conv2DMM', '4', '80.0 %'],
      ['infer', 'reduce', '1', '20.0 %'],
    ],
  );
});
