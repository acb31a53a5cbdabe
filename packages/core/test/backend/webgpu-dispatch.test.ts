/** The workgroup grid of a custom dispatch: one row while the device allows, more rows beyond. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { workgroupsFor } from '../../src/backend/webgpu-dispatch.ts';

const device = { limits: { maxComputeWorkgroupsPerDimension: 4 } } as unknown as GPUDevice;

test('workgroupsFor covers every thread, in rows of at most the device limit', () => {
  assert.deepEqual(workgroupsFor(device, 1, 256), { workgroups: [1, 1, 1], rowThreads: 256 });
  assert.deepEqual(workgroupsFor(device, 1024, 256), { workgroups: [4, 1, 1], rowThreads: 1024 });
  // 1025 threads need 5 groups: 4 per row, so 2 rows; thread i runs at y = ⌊i / 1024⌋, x = i mod 1024.
  assert.deepEqual(workgroupsFor(device, 1025, 256), { workgroups: [4, 2, 1], rowThreads: 1024 });
  assert.deepEqual(workgroupsFor(device, 0, 256), { workgroups: [1, 1, 1], rowThreads: 256 });
});
